package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import io.quarkus.test.junit.QuarkusTest;

/** POST /v1/decisions/batch: JSON Lines in, one result a line out, in order; bad lines answered at their place. */
@QuarkusTest
class BatchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void generatedDossiersPassTheApisValidationAndBadLinesAreNamedAtTheirPlace() throws Exception {
        Api.awaitReady();
        List<String> lines = new ArrayList<>();
        for (var dossier : new DossierGenerator(3).stream(50).toList()) {
            lines.add(JSON.writeValueAsString(dossier));
        }
        lines.set(9, "{\"requestDate\":\"2025-01-01\",\"applicant\":{},\"colour\":\"blue\"}");
        lines.set(19, "{oops");

        String answer = given().contentType(BatchDecisionResource.NDJSON).header("Accept-Language", "nl")
                .body((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/v1/decisions/batch?lean=true").then().statusCode(200)
                .contentType(BatchDecisionResource.NDJSON).extract().asString();

        List<JsonNode> results = answer.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(results).hasSize(50);
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get("line").asInt()).isEqualTo(i + 1);
            // Every generated line is a valid dossier for the service; only the two broken ones are refused.
            assertThat(results.get(i).has("errors")).as("line %d: %s", i + 1, results.get(i)).isEqualTo(i == 9 || i == 19);
        }
        assertThat(results.get(9).get("errors").toString()).contains("colour");
        assertThat(results.get(19).get("errors").get(0).asText()).startsWith("$: ");
        assertThat(results.get(0).get("decision").has("verdict")).isTrue();
        // The command line's reader, built outside Quarkus, finds exactly the same problems.
        var standalone = DossierReader.standaloneLineReader("nl");
        for (int i : new int[] {9, 19}) {
            try {
                standalone.read(lines.get(i));
                throw new AssertionError("line " + (i + 1) + " was accepted outside the service");
            } catch (be.cpas.rules.kb.batch.DossierLineReader.BadLineException e) {
                assertThat(e.problems()).containsExactly(JSON.convertValue(results.get(i).get("errors"), String[].class));
            }
        }
        for (int i = 0; i < 50; i++) {
            if (i != 9 && i != 19) {
                assertThat(standalone.read(lines.get(i)).requestDate()).isNotNull();
            }
        }
        assertThat(results.get(0).get("decision").has("calculationSheet")).isFalse();
    }
}
