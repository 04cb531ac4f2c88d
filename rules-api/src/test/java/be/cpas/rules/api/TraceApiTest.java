package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * POST /v1/decisions?trace=true: every line of the calculation sheet of the cohabitant example can be found in the
 * trace, concluded (and not withdrawn later) by a named rule of a named DRL file, with the provisions and the dated
 * parameters it read.
 */
@QuarkusTest
class TraceApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyLineOfTheSheetIsConcludedByARuleOfTheTrace() {
        Api.awaitReady();
        JsonPath decision = given().contentType(ContentType.JSON).body(ApiExamples.DECISION_REQUEST)
                .when().post("/v1/decisions?trace=true")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> sheet = decision.getList("calculationSheet");
        List<Map<String, Object>> trace = decision.getList("trace");
        assertThat(sheet).hasSizeGreaterThanOrEqualTo(8);
        for (Map<String, Object> line : sheet) {
            Map<String, Object> writer = trace.stream().filter(step -> concludes(step, line)).findFirst()
                    .orElseThrow(() -> new AssertionError("No rule of the trace concluded the line " + line.get("code")));
            assertThat((String) writer.get("file")).as("file of " + line.get("code")).endsWith(".drl");
            assertThat((String) writer.get("rule")).as("rule of " + line.get("code")).isNotBlank();
            assertThat((List<Object>) writer.get("legalReferences")).as("provisions of " + line.get("code")).contains(line.get("legalReference"));
        }
        // The category amount line is written by the rule that read the amount of category 1 in force at 2025-03-10.
        Map<String, Object> categoryAmount = trace.stream()
                .filter(step -> concludes(step, sheet.get(0)))
                .findFirst().orElseThrow();
        assertThat(categoryAmount.get("file")).isEqualTo("L2002_art14_amount.drl");
        assertThat((List<Map<String, Object>>) categoryAmount.get("parametersRead"))
                .anySatisfy(p -> {
                    assertThat(p.get("name")).isEqualTo("ris.amount.category_1");
                    assertThat(p.get("effectiveFrom")).isEqualTo("2025-02-01");
                });
        // Steps are numbered in firing order.
        for (int i = 0; i < trace.size(); i++) {
            assertThat(trace.get(i).get("order")).isEqualTo(i + 1);
        }
    }

    @Test
    void withoutTraceTheDecisionHasNone() {
        Api.decide(ApiExamples.DECISION_REQUEST).statusCode(200).body("trace", nullValue());
    }

    @SuppressWarnings("unchecked")
    private static boolean concludes(Map<String, Object> step, Map<String, Object> line) {
        return ((List<Map<String, Object>>) step.get("concluded")).stream()
                .filter(fact -> "CalculationStep".equals(fact.get("type")) && Boolean.TRUE.equals(fact.get("held")))
                .map(fact -> (Map<String, Object>) fact.get("fact"))
                .anyMatch(fact -> line.get("code").equals(fact.get("code"))
                        && new BigDecimal(String.valueOf(fact.get("amount"))).compareTo(new BigDecimal(String.valueOf(line.get("amount")))) == 0);
    }
}
