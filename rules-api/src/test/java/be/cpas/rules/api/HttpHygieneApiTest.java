package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What a municipal reverse proxy and a browser expect of an API that carries personal data. */
@QuarkusTest
class HttpHygieneApiTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aDecisionIsNeverCachedNorSniffed() {
        Api.decide(Dossiers.granted()).statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    /**
     * Over HTTP/2 (h2c, which the service speaks) a connection header is malformed: a refusal that closes an HTTP/1.1
     * connection must instead answer and end only its own stream. Before, the client got no answer at all: the
     * connection was closed (GOAWAY) or the stream reset (PROTOCOL_ERROR).
     */
    @Test
    void overHttp2ARefusedBodyGetsItsProblemAndTheConnectionStillServes() throws Exception {
        Api.awaitReady();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI decisions = URI.create(root + "v1/decisions");
        HttpResponse<String> upgraded = client.send(HttpRequest.newBuilder(URI.create(root + "q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upgraded.version()).isEqualTo(HttpClient.Version.HTTP_2);
        byte[] tooLarge = new byte[300 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) ' ');

        // Announced: refused before reading (a route handler). Sent without a length: refused while counted (a mapper).
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(tooLarge),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)))) {
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(decisions)
                    .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.headers().firstValue("Connection")).isEmpty();
            assertThat(refused.body()).contains("urn:cpas-rules:problem:payload-too-large");
        }
        HttpResponse<String> decided = client.send(HttpRequest.newBuilder(decisions).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Dossiers.granted().json())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(decided.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(decided.statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedNotGuessed() {
        Api.awaitReady();
        given().body(Dossiers.granted().json().getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/decisions").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cpas-rules:problem:unsupported-media-type"));
    }

    @Test
    void aRequestWithoutHostGetsAProblem() throws IOException {
        String response = raw("POST /v1/decisions HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("urn:cpas-rules:problem:host-required");
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsAnsweredAndTheConnectionClosed() throws IOException {
        // 100 bytes announced, 10 sent, then nothing: at cpas.http.body-timeout (2 s in tests) a 408, then EOF.
        String response = raw("POST /v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"request");
        assertThat(response).startsWith("HTTP/1.1 408").contains("urn:cpas-rules:problem:request-timeout");
    }

    @Test
    void readinessShowsTheEngineBuildAndNoFilePath() {
        Api.awaitReady();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks[0].data.source", equalTo("packaged"))
                .body("checks[0].data.engineVersion", containsString("Drools 10."))
                .body("checks[0].data.toString()", not(containsString("/")));
    }

    /** Sends the bytes as they are and reads until the server closes the connection (at most 15 s). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", root.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
