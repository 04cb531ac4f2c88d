package be.cpas.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.generator.DossierGenerator;

/**
 * Memory stays bounded whatever the input: 200 000 generated dossiers (about 320 MB of JSON Lines) are decided by
 * {@code cpas decide} in a JVM whose heap is 64 MB, a fifth of the input. A batch holding its input, or its results,
 * would stop on an OutOfMemoryError.
 */
class SmallHeapBatchTest {

    private static final int DOSSIERS = 200_000;

    @TempDir
    Path directory;

    @Test
    void twoHundredThousandDossiersAreDecidedInOrderWithA64MegabyteHeap() throws Exception {
        Path dossiers = directory.resolve("dossiers.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(dossiers, StandardCharsets.UTF_8)) {
            new DossierGenerator(1).writeJsonLines(DOSSIERS, out);
        }
        assertThat(Files.size(dossiers)).isGreaterThan(4L * 64 * 1024 * 1024);  // 321 MB: five times the heap
        Path results = directory.resolve("results.jsonl");
        Path errors = directory.resolve("errors.txt");

        Process decide = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), CpasCommand.class.getName(),
                "decide", "--lean", "-i", dossiers.toString(), "-o", results.toString())
                .redirectError(errors.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = decide.waitFor(10, TimeUnit.MINUTES);

        List<String> stderr = Files.readAllLines(errors);
        assertThat(ended).isTrue();
        assertThat(decide.exitValue()).as(String.join("\n", stderr)).isZero();
        assertThat(stderr).anySatisfy(line -> assertThat(line).isEqualTo("lines: 200000, decided: 200000, errors: 0"));
        long line = 0;
        try (BufferedReader in = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
            for (String result = in.readLine(); result != null; result = in.readLine()) {
                line++;
                assertThat(result).startsWith("{\"line\":" + line + ",\"decision\":{");
            }
        }
        assertThat(line).isEqualTo(DOSSIERS);
    }
}
