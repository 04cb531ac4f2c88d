package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.generator.DossierGenerator;

/**
 * The packaged service decides a caseload larger than its heap over HTTP: 200 000 generated dossiers (about 320 MB)
 * posted to {@code POST /v1/decisions/batch} of a service started with a 96 MB heap are answered whole, in order. A
 * service holding the body, or the answer, would stop on an OutOfMemoryError.
 */
class SmallHeapBatchIT {

    private static final int DOSSIERS = 200_000;
    private static final Path SERVICE = Path.of("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path directory;

    @Test
    void twoHundredThousandDossiersAreAnsweredInOrderByAServiceWithA96MegabyteHeap() throws Exception {
        Path dossiers = generated(directory.resolve("dossiers.jsonl"));
        assertThat(Files.size(dossiers)).isGreaterThan(3L * 96 * 1024 * 1024);  // 321 MB: over three times the heap
        int port = freePort();
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseParallelGC", "-Dquarkus.http.port=" + port, "-jar", SERVICE.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("service.log").toFile()).start();
        try {
            awaitReady(port, service);
            HttpURLConnection post = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                    + "/v1/decisions/batch?lean=true").toURL().openConnection();
            post.setRequestMethod("POST");
            post.setRequestProperty("Content-Type", BatchDecisionResource.NDJSON);
            post.setDoOutput(true);
            post.setFixedLengthStreamingMode(Files.size(dossiers));
            try (OutputStream body = post.getOutputStream()) {
                Files.copy(dossiers, body);
            }

            assertThat(post.getResponseCode()).isEqualTo(200);
            long line = 0;
            try (BufferedReader answer = new BufferedReader(new InputStreamReader(post.getInputStream(), StandardCharsets.UTF_8))) {
                for (String result = answer.readLine(); result != null; result = answer.readLine()) {
                    line++;
                    assertThat(result).startsWith("{\"line\":" + line + ",\"decision\":{");
                }
            }
            assertThat(line).isEqualTo(DOSSIERS);
            assertThat(Files.readString(directory.resolve("service.log"))).doesNotContain("OutOfMemoryError");
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static Path generated(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DossierGenerator(1).writeJsonLines(DOSSIERS, out);
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(int port, Process service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                HttpURLConnection ready = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/ready")
                        .toURL().openConnection();
                if (ready.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the service is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service was not ready within 120 s");
    }
}
