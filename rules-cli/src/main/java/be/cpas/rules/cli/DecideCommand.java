package be.cpas.rules.cli;

import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import be.cpas.rules.api.DossierReader;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.batch.BatchDecider;
import be.cpas.rules.kb.batch.BatchSummary;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cpas decide}: dossiers as JSON Lines (a file or standard input) to results as JSON Lines (a file or
 * standard output), in the same order, on every core; progress and the summary on standard error. Each line is
 * read with the service's own checks. Exit code 0 when every line was decided, 1 when some lines were bad,
 * 2 when the rule pack is refused.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decides dossiers, one JSON object a line, into results, one a line, in the same order.")
final class DecideCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, description = "Dossiers (JSON Lines); standard input when left out.")
    Path input;

    @Option(names = {"-o", "--output"}, description = "Results (JSON Lines); standard output when left out.")
    Path output;

    @Option(names = "--lean", description = "Verdicts, outcomes and amounts only: no texts, no calculation sheet.")
    boolean lean;

    @Option(names = "--language", defaultValue = "fr", description = "fr, nl or de (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--threads", description = "Threads deciding (default: every core).")
    Integer threads;

    PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        // As the service loads it: verified, its own scenarios run first (one thread), which also warms the
        // network: Drools builds parts of it lazily, and a cold engine raced by several threads was seen to fail.
        PackVerifier.Verdict verdict = PackVerifier.verify(KbSource.fromClasspath(), Duration.ofSeconds(60));
        if (!verdict.accepted()) {
            verdict.problems().forEach(problem -> err.println(problem));
            return 2;
        }
        RulesEngine engine = verdict.engine();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        BatchDecider decider = new BatchDecider(engine, DossierReader.standaloneLineReader(language), workers,
                64 * workers, Locale.forLanguageTag(language), lean);
        long start = System.nanoTime();
        BatchSummary summary;
        // Not Files.newBufferedReader: its strict decoder would stop the run at a byte that is not UTF-8.
        try (Reader in = new InputStreamReader(input == null ? System.in : Files.newInputStream(input), StandardCharsets.UTF_8);
             BufferedWriter out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            summary = decider.run(in, out, lines -> err.printf("%,d lines, %.1f s%n", lines, seconds(start)));
        }
        err.printf("%.1f s%n%s", seconds(start), summary);
        return summary.errorCount() == 0 ? 0 : 1;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
