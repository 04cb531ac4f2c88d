package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Caseloads larger than one request's limit: POST /v1/decisions/batch takes them up to
 * cpas.http.caseload-max-body-size (1 MB here), with or without a length, answers every line in order, and leaves no
 * file behind; beyond it, 413. Other routes keep the 256 KB limit. One batch at a time here (cpas.batch.max-concurrent).
 */
@QuarkusTest
@TestProfile(LargeBatchApiTest.SmallCaseloads.class)
class LargeBatchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final long CASELOAD_LIMIT = 1024 * 1024;
    /** The impact jobs' folder of this test run (the profile and the tests compute the same). */
    private static final Path IMPACT_JOBS = Path.of(System.getProperty("java.io.tmpdir"),
            "cpas-large-batch-test-impact-" + ProcessHandle.current().pid());

    public static class SmallCaseloads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cpas.http.caseload-max-body-size", "1M", "cpas.batch.max-concurrent", "1",
                    "cpas.impact.directory", IMPACT_JOBS.toString(), "cpas.impact.max-waiting", "1");
        }
    }

    @Test
    void aCaseloadOverOneRequestsLimitIsDecidedWholeInOrderWithOrWithoutALengthAndLeavesNoFile() throws Exception {
        Api.awaitReady();
        Set<Path> filesBefore = caseloadFiles();
        // 400 generated dossiers: about 640 KB, more than twice one request's 256 KB.
        List<String> lines = generated(400);
        lines.set(99, "{\"requestDate\":\"2025-01-01\",\"applicant\":{},\"colour\":\"blue\"}");
        byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isBetween(2 * 262_144, (int) CASELOAD_LIMIT);
        double decidedBefore = metric("cpas_batch_lines_total{outcome=\"decided\"}");
        double badBefore = metric("cpas_batch_lines_total{outcome=\"bad_line\"}");

        for (boolean chunked : new boolean[] {false, true}) {
            HttpResponse<InputStream> response = post(body, chunked, "lean=true");
            assertThat(response.statusCode()).isEqualTo(200);
            List<JsonNode> results = results(response.body());
            assertThat(results).as("chunked: %s", chunked).hasSize(400);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get("line").asInt()).isEqualTo(i + 1);
                assertThat(results.get(i).has("errors")).as("line %d", i + 1).isEqualTo(i == 99);
            }
            // Each result is its own line's decision: the verdict the single-dossier route gives.
            for (int i : new int[] {0, 200, 399}) {
                Api.decide(lines.get(i)).statusCode(200)
                        .body("verdict", equalTo(results.get(i).get("decision").get("verdict").asText()));
            }
        }
        assertThat(awaitCaseloadFiles(filesBefore)).as("the batch's files are deleted").isEmpty();
        // Two batches of 399 decided lines and one bad line each.
        assertThat(metric("cpas_batch_lines_total{outcome=\"decided\"}") - decidedBefore).isEqualTo(798.0);
        assertThat(metric("cpas_batch_lines_total{outcome=\"bad_line\"}") - badBefore).isEqualTo(2.0);
    }

    @Test
    void aCaseloadOverItsLimitIs413AnnouncedOrCountedAndLeavesNoFile() throws Exception {
        Api.awaitReady();
        Set<Path> filesBefore = caseloadFiles();
        // Announced: refused before any byte of the body is read (so none is sent here).
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /v1/decisions/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Content-Length: " + (CASELOAD_LIMIT + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json")
                    .contains("urn:cpas-rules:problem:payload-too-large").contains("(1048576 octets)");
        }
        // Without a length: counted while it is copied, then refused.
        byte[] body = new byte[(int) CASELOAD_LIMIT + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        HttpResponse<InputStream> response = post(body, true, "");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:cpas-rules:problem:payload-too-large");
        assertThat(problem.get("detail").asText()).contains("(1048576 octets)");
        assertThat(awaitCaseloadFiles(filesBefore)).isEmpty();
    }

    @Test
    void anImpactCaseloadRefusedAsTooLargeLeavesNothingOfItBehind() throws Exception {
        Api.awaitReady();
        Set<Path> foldersBefore = impactJobFolders();
        byte[] body = new byte[(int) CASELOAD_LIMIT + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/v1/admin/impact?at=2026-03-01&against=2026-10-15"))
                .header("Content-Type", BatchDecisionResource.NDJSON).header("Authorization", analystCredentials())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:cpas-rules:problem:payload-too-large").contains("(1048576 octets)");
        assertThat(impactJobFolders()).as("the job's folder, with the caseload copied so far, is deleted").isEqualTo(foldersBefore);
    }

    @Test
    void anImpactJobBeyondItsPlacesIs429BeforeItsCaseloadIsReadAndIsTakenOnceAJobHasEnded() throws Exception {
        Api.awaitReady();
        String start = "/v1/admin/impact?at=2026-03-01&against=2026-10-15";
        List<String> lines = generated(2);
        Set<Path> foldersBefore = impactJobFolders();
        // Places: one job running and cpas.impact.max-waiting (1) waiting. Two uploads under way take both.
        try (ChunkedUpload first = new ChunkedUpload(start, analystCredentials());
             ChunkedUpload second = new ChunkedUpload(start, analystCredentials())) {
            first.send(lines.get(0) + "\n");
            second.send(lines.get(1) + "\n");
            for (int attempt = 0; attempt < 50 && impactJobFolders().size() < foldersBefore.size() + 2; attempt++) {
                Thread.sleep(100);
            }
            // The third sends its headers and nothing of its caseload: the answer comes all the same.
            String refused;
            try (ChunkedUpload third = new ChunkedUpload(start, analystCredentials())) {
                refused = third.answerUnsent();
            }
            assertThat(refused).startsWith("HTTP/1.1 429").contains("Retry-After: 60").contains("urn:cpas-rules:problem:impact-busy");

            first.send(lines.get(1) + "\n");
            second.send(lines.get(0) + "\n");
            assertThat(first.finish()).startsWith("HTTP/1.1 202");
            assertThat(second.finish()).startsWith("HTTP/1.1 202");
        }
        // Both jobs (one dossier each) end soon and give their places back.
        for (int attempt = 0; ; attempt++) {
            try (ChunkedUpload next = new ChunkedUpload(start, analystCredentials())) {
                next.send(lines.get(0) + "\n");
                String answer = next.finish();
                if (answer.startsWith("HTTP/1.1 202") || attempt == 50) {
                    assertThat(answer).startsWith("HTTP/1.1 202");
                    break;
                }
            }
            Thread.sleep(100);
        }
    }

    /** The folders of impact jobs (one each, made once the job has its place). */
    private static Set<Path> impactJobFolders() throws IOException {
        if (!Files.isDirectory(IMPACT_JOBS)) {
            return Set.of();
        }
        try (Stream<Path> folders = Files.list(IMPACT_JOBS)) {
            return folders.filter(Files::isDirectory).collect(Collectors.toSet());
        }
    }

    @Test
    void otherRoutesKeepTheLimitOfOneRequestAnnouncedOrCounted() throws Exception {
        Api.awaitReady();
        byte[] body = ("{\"dossier\": {\"requestDate\": \"2025-03-10\", \"x\": \"" + "a".repeat(300_000) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/v1/decisions", "/v1/simulations")) {
            for (boolean chunked : new boolean[] {false, true}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .header("Authorization", analystCredentials());  // what-ifs are the analysts' own
                request.POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body));
                HttpResponse<String> response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("%s, chunked: %s", path, chunked).isEqualTo(413);
                assertThat(response.body()).contains("urn:cpas-rules:problem:payload-too-large").contains("(262144 octets)");
            }
        }
    }

    @Test
    void aLineLongerThanOneDossierMayBeIsABadLineInTheCallersLanguageAndTheOthersAreDecided() throws Exception {
        Api.awaitReady();
        List<String> lines = generated(3);
        lines.add(1, "{\"requestDate\":\"" + "9".repeat(300_000) + "\"}");
        HttpResponse<InputStream> response = client().send(request(String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
                false, "lean=true").header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofInputStream());

        List<JsonNode> results = results(response.body());
        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(results.get(1).get("errors").get(0).asText())
                .isEqualTo("$: regel van meer dan 262.144 tekens: dat kan geen dossier zijn, hij wordt overgeslagen zonder gelezen te worden");
        assertThat(results).filteredOn(r -> r.has("decision")).hasSize(3);
    }

    @Test
    void aSecondBatchWhileOneIsBeingSentIs429AndTheNextOneRunsOnceItEnds() throws Exception {
        Api.awaitReady();
        List<String> lines = generated(20);
        byte[] whole = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        try (ChunkedUpload first = new ChunkedUpload()) {
            // The first batch sends one line, then waits: it holds the only place.
            first.send(lines.get(0) + "\n");
            HttpResponse<InputStream> second = awaitRefusal(whole);
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).hasValue(BatchAdmission.RETRY_AFTER_SECONDS);
            assertThat(JSON.readTree(second.body()).get("type").asText()).isEqualTo("urn:cpas-rules:problem:batch-busy");
            assertThat(metric("cpas_batches_running")).isEqualTo(1.0);

            for (String line : lines.subList(1, lines.size())) {
                first.send(line + "\n");
            }
            assertThat(first.finish()).startsWith("HTTP/1.1 200");
            assertThat(first.results()).hasSize(20);
        }
        // The place is free again once the first answer ended.
        HttpResponse<InputStream> third = awaitAdmission(whole);
        assertThat(results(third.body())).hasSize(20);
    }

    @Test
    void aCaseloadMaySendSlowerThanTheBodyTimeoutAsLongAsItNeverPausesThatLong() throws Exception {
        Api.awaitReady();
        List<String> lines = generated(6);
        // A piece every 0,8 s for about 4 s, while cpas.http.body-timeout is 2 s in tests.
        long start = System.nanoTime();
        try (ChunkedUpload upload = new ChunkedUpload()) {
            for (String line : lines) {
                upload.send(line + "\n");
                Thread.sleep(800);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(4));
            assertThat(upload.finish()).startsWith("HTTP/1.1 200");
            assertThat(upload.results()).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void aCaseloadThatStopsArrivingIs408AfterTheBodyTimeoutAndLeavesNoFile() throws Exception {
        Api.awaitReady();
        Set<Path> filesBefore = caseloadFiles();
        String line = generated(1).get(0) + "\n";
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Content-Length: 100000\r\n\r\n" + line).getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 408").contains("urn:cpas-rules:problem:caseload-stalled");
        }
        assertThat(awaitCaseloadFiles(filesBefore)).isEmpty();
    }

    private static HttpResponse<InputStream> awaitRefusal(byte[] body) throws Exception {
        // The first batch takes its place once its request reaches the service: ask until it has.
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response = post(body, false, "lean=true");
            if (response.statusCode() == 429 || attempt == 50) {
                return response;
            }
            response.body().close();
            Thread.sleep(100);
        }
    }

    private static HttpResponse<InputStream> awaitAdmission(byte[] body) throws Exception {
        // The place is given back when the first answer's end reaches the service's event loop.
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response = post(body, false, "lean=true");
            if (response.statusCode() != 429 || attempt == 50) {
                assertThat(response.statusCode()).isEqualTo(200);
                return response;
            }
            response.body().close();
            Thread.sleep(100);
        }
    }

    /** A value of /q/metrics (0 when the series is not there yet). */
    private static double metric(String series) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " ")).mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .findFirst().orElse(0);
    }

    private static String analystCredentials() {
        String password = ConfigProvider.getConfig().getValue(AccessConfigSourceFactory.passwordKey(Roles.ANALYST), String.class);
        return "Basic " + java.util.Base64.getEncoder().encodeToString((Roles.ANALYST + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> generated(int count) throws IOException {
        List<String> lines = new ArrayList<>();
        for (var dossier : new DossierGenerator(7).stream(count).toList()) {
            lines.add(JSON.writeValueAsString(dossier));
        }
        return lines;
    }

    private static HttpResponse<InputStream> post(byte[] body, boolean chunked, String query) throws Exception {
        return client().send(request(body, chunked, query).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Without a length (chunked) the body goes as a stream; null: the caller sets the body. */
    private static HttpRequest.Builder request(byte[] body, boolean chunked, String query) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/v1/decisions/batch?" + query))
                .header("Content-Type", BatchDecisionResource.NDJSON)
                .timeout(Duration.ofSeconds(120));
        if (body != null) {
            request.POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return request;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static List<JsonNode> results(InputStream answer) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(answer, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                results.add(JSON.readTree(line));
            }
        }
        return results;
    }

    private static Set<Path> caseloadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("cpas-caseload-")).collect(Collectors.toSet());
        }
    }

    /** The caseload files made since {@code before} still there after a few seconds (end handlers run after the answer). */
    private static Set<Path> awaitCaseloadFiles(Set<Path> before) throws Exception {
        Set<Path> left = Set.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            left = caseloadFiles().stream().filter(file -> !before.contains(file)).collect(Collectors.toSet());
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(100);
        }
        return left;
    }

    /** A batch sent in chunks by hand, each as the test decides (an HTTP client may hold a streamed body back). */
    private static final class ChunkedUpload implements AutoCloseable {
        private final Socket socket = new Socket("127.0.0.1", RestAssured.port);
        private final OutputStream out;
        private byte[] body;

        ChunkedUpload() throws IOException {
            this("/v1/decisions/batch?lean=true", null);
        }

        /** A POST to {@code target}, with these credentials (null: none). */
        ChunkedUpload(String target, String authorization) throws IOException {
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            out.write(("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** The whole answer, read while the body is still to come (the service answers and closes). */
        String answerUnsent() throws IOException {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        void send(String piece) throws IOException {
            byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** Ends the body and reads the whole answer; returns its status line and headers. */
        String finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);  // one char a byte: indexes are byte offsets
            int headEnd = text.indexOf("\r\n\r\n");
            String head = text.substring(0, headEnd);
            if (!head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = java.util.Arrays.copyOfRange(answer, headEnd + 4, answer.length);
                return head;
            }
            java.io.ByteArrayOutputStream decoded = new java.io.ByteArrayOutputStream();
            for (int position = headEnd + 4; ; ) {
                int sizeEnd = text.indexOf("\r\n", position);
                int size = Integer.parseInt(text.substring(position, sizeEnd).trim(), 16);
                if (size == 0) {
                    break;
                }
                decoded.write(answer, sizeEnd + 2, size);
                position = sizeEnd + 2 + size + 2;
            }
            body = decoded.toByteArray();
            return head;
        }

        List<JsonNode> results() throws IOException {
            return LargeBatchApiTest.results(new ByteArrayInputStream(body));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
