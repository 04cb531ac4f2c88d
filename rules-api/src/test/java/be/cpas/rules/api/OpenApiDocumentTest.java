package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is fit for client generators: ids, area tags, licence, required fields, every enum value described. */
@QuarkusTest
class OpenApiDocumentTest {

    private static JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return Dossiers.JSON.readTree(json);
    }

    @Test
    void everyOperationHasAUniqueIdAndOneAreaTag() throws Exception {
        JsonNode document = document();
        List<String> ids = new ArrayList<>();
        List<String> areas = OpenApiDocumentFilter.AREAS.values().stream().map(Tag::getName).toList();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                assertThat(operation.getValue().path("operationId").asText()).as(name + " operationId").isNotBlank();
                ids.add(operation.getValue().get("operationId").asText());
                assertThat(operation.getValue().get("tags")).as(name + " tags").hasSize(1);
                assertThat(operation.getValue().get("tags").get(0).asText()).as(name + " area").isIn(areas);
            }
        }
        assertThat(ids).doesNotHaveDuplicates().contains("decide", "conditions");
        assertThat(document.get("tags")).allSatisfy(tag -> assertThat(tag.path("description").asText()).isNotBlank());
    }

    @Test
    void theLicenceIsTheEupl() throws Exception {
        assertThat(document().at("/info/license/name").asText()).isEqualTo("EUPL-1.2");
    }

    @Test
    void everyRequiredFieldIsAPropertyOfItsSchema() throws Exception {
        JsonNode schemas = document().at("/components/schemas");
        OpenApiDocumentFilter.REQUIRED.forEach((schema, fields) -> {
            assertThat(schemas.has(schema)).as(schema).isTrue();
            List<String> required = new ArrayList<>();
            schemas.get(schema).path("required").forEach(field -> required.add(field.asText()));
            assertThat(required).as(schema + " required").containsExactlyElementsOf(fields);
        });
    }

    @Test
    void everyEnumValueIsDescribed() throws Exception {
        List<String> undescribed = new ArrayList<>();
        int enums = 0;
        for (Map.Entry<String, JsonNode> schema : document().at("/components/schemas").properties()) {
            JsonNode values = schema.getValue().get("enum");
            if (values == null) {
                continue;
            }
            enums++;
            JsonNode descriptions = schema.getValue().path(OpenApiDocumentFilter.ENUM_DESCRIPTIONS);
            assertThat(descriptions.size()).as(schema.getKey()).isEqualTo(values.size());
            for (int i = 0; i < values.size(); i++) {
                if (descriptions.get(i).asText().isBlank()) {
                    undescribed.add(schema.getKey() + "." + values.get(i).asText());
                }
            }
        }
        assertThat(enums).as("enum schemas").isGreaterThan(15);
        assertThat(undescribed).isEmpty();
    }
}
