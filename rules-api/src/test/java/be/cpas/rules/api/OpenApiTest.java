package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document has a complete example request for every operation, and the decision example is decided. */
@QuarkusTest
class OpenApiTest {

    private static JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return Dossiers.JSON.readTree(json);
    }

    @Test
    void everyOperationHasAnExampleRequest() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                JsonNode op = operation.getValue();
                JsonNode content = op.at("/requestBody/content");
                JsonNode textBody = content.has("application/json") ? content.get("application/json")
                        : content.path("application/x-ndjson");
                if (!textBody.isMissingNode()) {
                    // A JSON or JSON Lines body (decisions, batch) shows examples; a pack archive (zip) is binary.
                    JsonNode examples = textBody.path("examples");
                    assertThat(examples.size()).as("%s: request body examples", name).isPositive();
                    examples.forEach(example -> assertThat(example.get("value").isMissingNode()).isFalse());
                } else if (op.has("parameters")) {  // a pack archive (zip) is binary: its operations show their parameters
                    boolean parameterExample = false;
                    for (JsonNode parameter : op.path("parameters")) {
                        parameterExample |= parameter.has("example") || parameter.path("examples").size() > 0;
                    }
                    assertThat(parameterExample).as("%s: an example for its parameters", name).isTrue();
                }
            }
        }
        assertThat(operations).contains("POST /v1/decisions", "GET /v1/conditions");
    }

    @Test
    void theDecisionExampleHasResourcesAndAPartnerAndIsDecided() throws Exception {
        JsonNode example = document().at("/paths/~1v1~1decisions/post/requestBody/content/application~1json/examples")
                .elements().next().get("value");
        JsonNode dossier = example.isTextual() ? Dossiers.JSON.readTree(example.asText()) : example;
        assertThat(dossier.path("resources").size()).isPositive();
        assertThat(dossier.path("household").get(0).path("relation").asText()).isEqualTo("PARTNER");
        assertThat(dossier.path("household").get(0).path("resources").size()).isPositive();
        Api.decide(dossier.toString()).statusCode(200);
    }

    @Test
    void everyDecisionExampleIsDecided() throws Exception {
        JsonNode examples = document().at("/paths/~1v1~1decisions/post/requestBody/content/application~1json/examples");
        assertThat(examples.size()).isEqualTo(2);
        for (JsonNode example : examples) {
            JsonNode value = example.get("value");
            Api.decide(value.isTextual() ? value.asText() : value.toString()).statusCode(200).body("verdict", org.hamcrest.Matchers.equalTo("GRANTED"));
        }
    }

    @Test
    void errorAnswersAreDocumentedAsProblems() throws Exception {
        JsonNode post = document().at("/paths/~1v1~1decisions/post/responses");
        for (String status : List.of("400", "413", "422", "503")) {
            assertThat(post.at("/" + status + "/content").has(Problem.MEDIA_TYPE)).as(status).isTrue();
        }
    }

    @Test
    void theTraceIsDocumentedWithItsParameterSchemaAndExample() throws Exception {
        JsonNode document = document();
        JsonNode decide = document.at("/paths/~1v1~1decisions/post");
        assertThat(decide.path("parameters").findValuesAsText("name")).contains("trace");
        JsonNode example = decide.at("/responses/200/content/application~1json/examples/trace-excerpt/value");
        JsonNode step = (example.isTextual() ? Dossiers.JSON.readTree(example.asText()) : example).path("trace").path(0);
        assertThat(step.path("file").asText()).endsWith(".drl");
        assertThat(step.path("parametersRead").path(0).path("effectiveFrom").asText()).isEqualTo("2025-02-01");
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/Decision/properties/trace").toString()).contains("TraceStep");
        assertThat(schemas.at("/TraceStep/properties").fieldNames()).toIterable()
                .contains("order", "file", "rule", "legalReferences", "parametersRead", "factsRead", "concluded");
    }

    @Test
    void everyFieldOfTheDossierIsDescribed() throws Exception {
        JsonNode schemas = document().at("/components/schemas");
        List<String> undescribed = new ArrayList<>();
        for (String type : List.of("Dossier", "Applicant", "Residence", "WorkAvailability", "OtherRights", "HouseholdMember",
                "Resource", "Capital", "Property", "CpasChoices", "LegalAssumptions", "Studies",
                "InstallationPremiumRequest", "CompetenceFacts", "Procedure")) {
            JsonNode schema = schemas.get(type);
            assertThat(schema).as(type).isNotNull();
            assertThat(schema.has("description")).as(type + " description").isTrue();
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (!described(property.getValue(), schemas)) {
                    undescribed.add(type + "." + property.getKey());
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    /** A property is described by its own description or by the schema it refers to. */
    private static boolean described(JsonNode property, JsonNode schemas) {
        if (property.has("description")) {
            return true;
        }
        JsonNode reference = property.has("$ref") ? property : property.path("allOf").path(0);
        if (reference.has("$ref")) {
            String name = reference.get("$ref").asText().substring("#/components/schemas/".length());
            return schemas.path(name).has("description");
        }
        return property.path("items").has("$ref") && described(property.get("items"), schemas);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
