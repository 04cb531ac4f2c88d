package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Dossier;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * An impact job as an analyst runs it: the caseload as the body, poll until done, fetch JSON, CSV and the summary.
 * Roles (401/403) are checked where authentication is configured.
 */
@QuarkusTest
@TestProfile(PackApiTest.FreshStore.class)
class ImpactJobApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String OCTOBER_STEP = "index.social_benefit_coefficient=2026-10-01:1.8114";

    @Test
    void aJobIsStartedPolledAndItsReportFetchedAsJsonCsvAndSummary() throws Exception {
        for (int i = 0; i < 240 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(500);
        }
        List<String> lines = new ArrayList<>();
        for (Dossier dossier : new DossierGenerator(21).stream(60).toList()) {
            lines.add(JSON.writeValueAsString(dossier));
        }
        lines.add(7, "{\"requestDate\":\"2025-02-30\",\"applicant\":{}}");

        Response started = Api.asAnalyst().contentType(BatchDecisionResource.NDJSON).body(ndjson(String.join("\n", lines) + "\n"))
                .queryParam("override", OCTOBER_STEP).queryParam("at", "2026-10-15")
                .post("/v1/admin/impact");
        started.then().statusCode(202).body("totalLines", equalTo(61))
                .body("alternative.overrides[0].name", equalTo("index.social_benefit_coefficient"))
                .body("alternative.asOf", equalTo("2026-10-15"));
        String id = started.path("id");
        assertThat(started.header("Location")).endsWith("/v1/admin/impact/" + id);

        String state = "WAITING";
        for (int i = 0; i < 600 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
            Thread.sleep(200);
            state = Api.asAnalyst().get("/v1/admin/impact/" + id).then().statusCode(200).extract().path("state");
        }
        Api.asAnalyst().get("/v1/admin/impact/" + id).then().body("state", equalTo("DONE")).body("linesRead", equalTo(61))
                .body("percent", equalTo(100));

        JsonNode report = JSON.readTree(Api.asAnalyst().accept("application/json").get("/v1/admin/impact/" + id + "/result")
                .then().statusCode(200).contentType("application/json").extract().asString());
        JsonNode totals = report.get("totals");
        assertThat(totals.get("lines").asLong()).isEqualTo(61);
        assertThat(totals.get("compared").asLong()).isEqualTo(60);
        assertThat(totals.get("errors").get(0).get("line").asLong()).isEqualTo(8);
        assertThat(totals.get("lose").asLong()).isZero();  // an index step lowers nothing
        assertThat(report.get("changes").size()).isEqualTo(totals.get("changed").asInt()).isPositive();

        String csv = Api.asAnalyst().accept("text/csv").get("/v1/admin/impact/" + id + "/result")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(1 + totals.get("changed").asInt());
        assertThat(rows.get(1)).startsWith(report.get("changes").get(0).get("line").asText() + ",");

        Api.asAnalyst().queryParam("format", "summary").get("/v1/admin/impact/" + id + "/result").then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .body(startsWith("# Impact of a change"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Api.asAnalyst().contentType(BatchDecisionResource.NDJSON).body(ndjson("{}\n")).queryParam("at", "2026-13-01")
                .queryParam("override", "index.social_benefit_coefficient:1.8")
                .post("/v1/admin/impact").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("at")).body("errors.field", hasItem("override"));
        Api.asAnalyst().contentType(BatchDecisionResource.NDJSON).body(ndjson("{}\n"))
                .post("/v1/admin/impact").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("alternative"));
        Api.asAnalyst().contentType(BatchDecisionResource.NDJSON).body(ndjson("{}\n")).queryParam("override", "no.such.parameter=2026-01-01:1")
                .post("/v1/admin/impact").then().statusCode(400).body("errors.field", hasItem("override"));
        Api.asAnalyst().contentType(BatchDecisionResource.NDJSON).body(ndjson("{}\n")).queryParam("alternative", "0".repeat(64))
                .post("/v1/admin/impact").then().statusCode(404).body("type", equalTo("urn:cpas-rules:problem:pack-unknown"));
        Api.asAnalyst().get("/v1/admin/impact/no-such-job").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:cpas-rules:problem:impact-job-unknown"));
    }

    private static byte[] ndjson(String lines) {
        return lines.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
