package be.cpas.rules.api;

import static be.cpas.rules.api.Problems400.assertInvalid;
import static be.cpas.rules.api.Problems400.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Bodies over the size limit get 413; absurd list sizes get 400 naming the list. */
@QuarkusTest
class LimitsApiTest {

    private static final String HUGE = "{\"requestDate\": \"2025-03-10\", \"x\": \"" + "a".repeat(300_000) + "\"}";

    @Test
    void aBodyOverTheLimitIs413() {
        Api.awaitReady();
        assertProblem(given().contentType(ContentType.JSON).header("Accept-Language", "nl").body(HUGE).post("/v1/decisions").then(),
                413, "payload-too-large")
                .header("Content-Language", "nl")
                .body("detail", equalTo("De inhoud van de aanvraag overschrijdt de toegelaten maximale grootte (262144 bytes)."));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
        HttpResponse<String> response = postChunked(HUGE);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("urn:cpas-rules:problem:payload-too-large");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsDecided() throws Exception {
        HttpResponse<String> response = postChunked(Dossiers.GRANTED);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"verdict\":\"GRANTED\"");
    }

    @Test
    void thousandsOfHouseholdMembersAreRefusedNamingTheList() {
        assertInvalid(Api.decide(Dossiers.granted().set("household", repeat("{\"relation\": \"CHILD\"}", 5000))), "household")
                .body("errors[0].message", equalTo("au plus 30 éléments"));
        assertInvalid(Api.decide(Dossiers.granted().set("resources",
                repeat("{\"type\": \"WAGES\", \"netAmount\": 1, \"periodicity\": \"MONTHLY\"}", 51))), "resources");
        assertInvalid(Api.decide(Dossiers.granted().set("applicant.childrenInCharge", "5000")), "applicant.childrenInCharge");
    }

    @Test
    void thousandsOfBadFieldsAreCountedButOnlyTheFirstHundredListed() {
        // 30 members (the most allowed) with an unknown relation, each with 50 resources (the most allowed) of an
        // unknown type: 30 + 30 × 50 = 1 530 bad fields.
        String resource = "{\"type\": \"NOPE\", \"netAmount\": 1, \"periodicity\": \"MONTHLY\"}";
        String member = "{\"relation\": \"COUSIN\", \"resources\": " + repeat(resource, 50) + "}";
        Api.decide(Dossiers.granted().set("household", repeat(member, 30)))
                .statusCode(400)
                .body("errors", hasSize(Violations.SHOWN))
                // Counted while binding; the answer is full, so the bound dossier is not validated: "or more".
                .body("detail", equalTo("1530 champ(s) invalide(s) ou plus : voir errors."));
    }

    @Test
    void aListLongerThanAllowedIsRefusedWholeWithoutReadingItsItems() {
        Api.decide(Dossiers.granted().set("household", repeat("{\"relation\": \"COUSIN\"}", 3000)))
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("household"))
                .body("errors[0].message", equalTo("au plus 30 éléments"));
    }

    private static String repeat(String element, int times) {
        return "[" + String.join(",", java.util.Collections.nCopies(times, element)) + "]";
    }

    /** No Content-Length: the body is sent in chunks of unknown total size. */
    private static HttpResponse<String> postChunked(String body) throws Exception {
        Api.awaitReady();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/v1/decisions"))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
