package be.cpas.rules.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.model.Dossier;

/**
 * The in-process side of {@code scripts/service-cpu.py}: decides the dossiers of a JSON Lines file in turn, as the
 * service does for HTTP requests (French, the service's default; the same time limit mechanism), on a given number of
 * threads. It decides the warm-up count, prints {@code WARM}, waits for a line on standard input, decides the measured
 * count and prints {@code DONE}: the script reads this process's CPU (/proc/pid/stat) between the two, exactly as it
 * reads the service's.
 *
 * <p>Usage: {@code java -cp rules-bench/target/benchmarks.jar be.cpas.rules.bench.InProcessDecisions dossiers.jsonl
 * threads warmup measured}
 */
public final class InProcessDecisions {

    private InProcessDecisions() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long warmup = Long.parseLong(args[2]);
        long measured = Long.parseLong(args[3]);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<Dossier> dossiers;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            dossiers = lines.filter(line -> !line.isBlank()).map(line -> read(json, line)).toList();
        }
        RulesEngine engine = RulesEngine.fromClasspath().withTimeLimit(java.time.Duration.ofSeconds(2));
        decide(engine, dossiers, threads, warmup);
        System.out.println("WARM");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        long failed = decide(engine, dossiers, threads, measured);
        System.out.println("DONE " + measured + " " + failed);
        System.out.flush();
    }

    /** Decides {@code count} dossiers on {@code threads} threads, each walking the list from its own place; returns the failures. */
    private static long decide(RulesEngine engine, List<Dossier> dossiers, int threads, long count) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        engine.decide(dossiers.get((int) (i % dossiers.size())), Locale.FRENCH);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();  // a date before the known law: the service answers 422 for it
                    }
                }
            }, "decide-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return failed.get();
    }

    private static Dossier read(ObjectMapper json, String line) {
        try {
            return json.readValue(line, Dossier.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a dossier: " + line, e);
        }
    }
}
