package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What-if over HTTP: a reform decided without activating anything, marked as a simulation, bad overrides named. */
@QuarkusTest
class SimulationApiTest {

    /** A person living alone (category 2), no resources, asking on 2025-03-10 (Dossiers.GRANTED). */
    private static ObjectNode request(ArrayNode overrides) {
        ObjectNode request = Dossiers.JSON.createObjectNode();
        try {
            request.set("dossier", Dossiers.JSON.readTree(Dossiers.granted().toString()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        request.set("overrides", overrides);
        return request;
    }

    /** One override; the value is JSON text, written as sent. */
    private static ObjectNode change(String parameter, String from, String valueJson) {
        ObjectNode change = Dossiers.JSON.createObjectNode().put("parameter", parameter).put("from", from);
        try {
            change.set("value", Dossiers.JSON.readTree(valueJson));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return change;
    }

    private static ValidatableResponse simulate(Object body) {
        Api.awaitReady();
        return Api.asAnalyst().contentType(ContentType.JSON).body(body.toString()).post("/v1/simulations").then();
    }

    @Test
    void the_openapi_example_is_simulated() {
        // The example: a person living alone (category 2) in July 2025, coefficient 1.8 from 2025-06-01. It answers
        // 200 as a simulation whatever the rules make of its facts.
        simulate(ApiExamples.SIMULATION_REQUEST).statusCode(200)
                .body("simulation.legalDecision", equalTo(false))
                .body("simulation.overrides[0].parameter", equalTo("index.social_benefit_coefficient"))
                .body("decision.notices[0].code", equalTo("SIMULATION"));
    }

    @Test
    void a_new_base_from_a_date_is_simulated_and_the_active_pack_is_untouched() {
        ArrayNode overrides = Dossiers.JSON.createArrayNode()
                .add(change("ris.base.category_2", "2025-03-01", "9500.00"));
        // Category 2, coefficient 1.7410 (from 2025-02-01): 9 500.00 x 1.7410 = 16 539.50 a year; no resources to
        // deduct; 16 539.50 / 12 = 1 378.291666... -> 1 378.29 (half-up).
        simulate(request(overrides)).statusCode(200)
                .body("simulation.legalDecision", equalTo(false))
                .body("simulation.statement", containsString("ce n'est pas une décision"))
                .body("simulation.overrides[0].parameter", equalTo("ris.base.category_2"))
                .body("simulation.overrides[0].from", equalTo("2025-03-01"))
                .body("decision.verdict", equalTo("GRANTED"))
                .body("decision.amount.yearly", equalTo(16539.50f))
                .body("decision.amount.monthly", equalTo(1378.29f))
                .body("decision.notices[0].code", equalTo("SIMULATION"))
                .body("decision.mentions", empty())
                .body("decision.fileReference", nullValue())
                .body("decision.parametersUsed.find { it.name == 'ris.amount.category_2' }.value", equalTo(16539.50f));
        // As written: 9 058.25 x 1.7410 = 15 770.413... -> 15 770.41; / 12 = 1 314.200833... -> 1 314.20.
        Api.decide(Dossiers.granted().toString()).statusCode(200)
                .body("amount.monthly", equalTo(1314.20f))
                .body("mentions.code", hasItems("APPEAL", "RIGHT_TO_BE_HEARD"));
    }

    @Test
    void an_override_from_after_the_request_changes_nothing_but_is_still_a_simulation() {
        ArrayNode overrides = Dossiers.JSON.createArrayNode()
                .add(change("index.social_benefit_coefficient", "2025-06-01", "1.8"));
        simulate(request(overrides)).statusCode(200)
                .body("decision.amount.monthly", equalTo(1314.20f))
                .body("decision.notices[0].code", equalTo("SIMULATION"));
    }

    @Test
    void bad_overrides_are_refused_naming_each_field() {
        ArrayNode overrides = Dossiers.JSON.createArrayNode()
                .add(change("ris.base.category_9", "2025-03-01", "1"))
                .add(change("assumption.general_exemption_stacks_with_art35", "2025-03-01", "2"))
                .add(change("ris.base.category_1", "2025-02-30", "1"))
                .add(change("ris.base.category_2", "2025-03-01", "\"a lot\""))
                .add(change("ris.base.category_3", "2025-03-01", "-1"));
        simulate(request(overrides)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", contains("overrides[2].from", "overrides[3].value", "overrides[4].value"));
        // Once the fields read, the pack says which parameter does not exist and which value a yes/no rule cannot take.
        ArrayNode unknown = Dossiers.JSON.createArrayNode()
                .add(change("ris.base.category_9", "2025-03-01", "1"))
                .add(change("assumption.general_exemption_stacks_with_art35", "2025-03-01", "2"))
                .add(change("ris.base.category_1", "2025-01-01", "5000"))
                .add(change("ris.base.category_1", "2025-01-01", "5100"));
        simulate(request(unknown)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", contains("overrides[0].parameter", "overrides[1].value", "overrides[3].from"))
                .body("errors[0].message", equalTo("aucun paramètre ne porte ce nom dans ce paquet de règles"));
    }

    @Test
    void a_bad_dossier_field_is_named_under_dossier_and_an_unknown_field_is_refused() {
        ObjectNode body = request(Dossiers.JSON.createArrayNode());
        ((ObjectNode) body.get("dossier").get("applicant")).put("birthDate", "1990-13-01");
        body.put("reform", "none");
        simulate(body).statusCode(400).body("errors.field", hasItems("dossier.applicant.birthDate", "reform"));
        ObjectNode noDossier = Dossiers.JSON.createObjectNode();
        noDossier.set("overrides", Dossiers.JSON.createArrayNode());
        simulate(noDossier).statusCode(400).body("errors.field", contains("dossier"));
    }

    @Test
    void simulations_need_the_analyst_role() {
        Api.awaitReady();
        given().contentType(ContentType.JSON).body(request(Dossiers.JSON.createArrayNode()).toString())
                .post("/v1/simulations").then().statusCode(401);
        Api.asAdmin().contentType(ContentType.JSON).body(request(Dossiers.JSON.createArrayNode()).toString())
                .post("/v1/simulations").then().statusCode(200).body("decision.amount.monthly", equalTo(1314.20f));
    }
}
