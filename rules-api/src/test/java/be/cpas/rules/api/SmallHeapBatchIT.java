package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    @TempDir
    Path directory;

    @Test
    void twoHundredThousandDossiersAreAnsweredInOrderByAServiceWithA96MegabyteHeap() throws Exception {
        Path dossiers = generated(directory.resolve("dossiers.jsonl"));
        assertThat(Files.size(dossiers)).isGreaterThan(3L * 96 * 1024 * 1024);  // 321 MB: over three times the heap
        try (PackagedService service = PackagedService.start(List.of("-Xmx96m", "-XX:+UseParallelGC"),
                directory.resolve("service.log"))) {
            HttpURLConnection post = (HttpURLConnection) URI.create(service.url("/v1/decisions/batch?lean=true")).toURL()
                    .openConnection();
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
        }
    }

    private static Path generated(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DossierGenerator(1).writeJsonLines(DOSSIERS, out);
        }
        return file;
    }
}
