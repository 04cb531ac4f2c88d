package be.cpas.rules.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.client.model.Decision;
import be.cpas.rules.client.model.Dossier;
import be.cpas.rules.client.model.Verdict;
import be.cpas.rules.kb.RulesEngine;

/**
 * The client generated from the OpenAPI document reads what the service writes: each example dossier of the
 * document is decided by the engine, written as the service writes JSON, and read back with the generated
 * model, refusing any field the document does not declare.
 */
class GeneratedClientTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("openapi.document", "../rules-api/target/openapi/openapi.json"));

    /** As Quarkus writes JSON: ISO dates. */
    private static final ObjectMapper SERVICE_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The generated client's mapper, made strict: a field missing from the document fails the test. */
    private static final ObjectMapper STRICT_CLIENT_JSON = ApiClient.createDefaultObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyExampleDecisionReadsIntoTheGeneratedModel() throws IOException {
        RulesEngine engine = RulesEngine.fromClasspath();
        List<JsonNode> examples = decisionExamples();
        assertThat(examples).hasSize(2);
        for (JsonNode example : examples) {
            Dossier clientDossier = STRICT_CLIENT_JSON.treeToValue(example, Dossier.class);
            assertThat(clientDossier.getRequestDate()).isNotNull();

            be.cpas.rules.model.Dossier dossier = SERVICE_JSON.treeToValue(example, be.cpas.rules.model.Dossier.class);
            String answer = SERVICE_JSON.writeValueAsString(engine.decide(dossier, Locale.FRENCH));
            Decision decision = STRICT_CLIENT_JSON.readValue(answer, Decision.class);

            // The examples are granted (OpenApiTest checks the same through the service).
            assertThat(decision.getVerdict()).isEqualTo(Verdict.GRANTED);
            assertThat(decision.getConditions()).hasSize(6);
            assertThat(decision.getRulesVersion()).isEqualTo(engine.rulesVersion());
            assertThat(decision.getAmount().getMonthly()).isPositive();
        }
    }

    private static List<JsonNode> decisionExamples() throws IOException {
        JsonNode document = SERVICE_JSON.readTree(Files.readString(DOCUMENT));
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode example : document.at("/paths/~1v1~1decisions/post/requestBody/content/application~1json/examples")) {
            JsonNode value = example.get("value");
            values.add(value.isTextual() ? SERVICE_JSON.readTree(value.asText()) : value);
        }
        return values;
    }
}
