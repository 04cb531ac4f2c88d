package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A batch whose decisions take longer than cpas.http.body-timeout, although its body arrived at once, is answered in
 * full: the body timer bounds the arrival of the body, not the deciding. A working copy of the pack with one more rule
 * that, once switched on, takes 300 ms per dossier; the body timeout is 0,5 s.
 */
@QuarkusTest
@TestProfile(SlowBatchApiTest.SlowDecisions.class)
class SlowBatchApiTest {

    private static final String SLOW_WHEN_SWITCHED_ON = """
            package cpas.ris;
            import be.cpas.rules.model.Dossier;
            rule "Test only: a slow decision" when
                Dossier()
                eval(Boolean.getBoolean("cpas.test.slow"))
            then
                Thread.sleep(300);
            end
            """;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static class SlowDecisions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path copy = WorkingCopyApiTest.copyOfTheSourceKnowledgeBase();
            try {
                Files.writeString(copy.resolve("rules/test_slow_decision.drl"), SLOW_WHEN_SWITCHED_ON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("cpas.kb.directory", copy.toString(), "cpas.http.body-timeout", "PT0.5S");
        }
    }

    @Test
    void aBatchDecidedPastTheBodyTimeoutIsAnsweredInFull() throws Exception {
        for (int i = 0; i < 120 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(500);
        }
        StringBuilder body = new StringBuilder();
        for (var dossier : new DossierGenerator(7).stream(4).toList()) {
            body.append(JSON.writeValueAsString(dossier)).append('\n');
        }
        System.setProperty("cpas.test.slow", "true");
        String answer;
        try {
            // 4 dossiers x 300 ms = 1,2 s of deciding, more than twice the 0,5 s allowed for the body to arrive.
            answer = given().contentType(BatchDecisionResource.NDJSON)
                    .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/v1/decisions/batch?lean=true").then().statusCode(200).extract().asString();
        } finally {
            System.clearProperty("cpas.test.slow");
        }
        List<JsonNode> results = answer.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(line, e);
            }
        }).toList();
        assertThat(results).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(results.get(i).get("line").asInt()).isEqualTo(i + 1);
            assertThat(results.get(i).get("decision").get("verdict").asText()).isNotEmpty();
        }
    }
}
