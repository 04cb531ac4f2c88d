package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.EngineBuild;
import be.cpas.rules.kb.source.KbSource;

import io.quarkus.test.junit.QuarkusTest;

/** Liveness, readiness with the rules version, and the metric names operators scrape. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void liveAndReadyWithTheRulesVersion() {
        Api.awaitReady();
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        String version = Api.decide(Dossiers.granted()).statusCode(200).extract().path("rulesVersion");
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("rules-engine"))
                .body("checks.find { it.name == 'rules-engine' }.data.state", equalTo("compiled"))
                .body("checks.find { it.name == 'rules-engine' }.data.rulesVersion", equalTo(version));
    }

    @Test
    void theBundledPackIsServedOnTheModelTheBuildCompiledWithTheRulesVersionOfItsFiles() {
        Api.awaitReady();
        var engine = given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'rules-engine' }.data.compilation", equalTo("build-time executable model"))
                .extract().jsonPath();
        // The served rules version is that of the bundled files run by the service's engine build (its jar, not this JVM's).
        assertThat(engine.getString("checks.find { it.name == 'rules-engine' }.data.rulesVersion")).isEqualTo(EngineBuild.versionOf(
                KbSource.fromClasspath().contentHash(), engine.getString("checks.find { it.name == 'rules-engine' }.data.engineVersion")));
    }

    @Test
    void readinessIsDownUntilTheRulePackIsCompiled() {
        RulesEngineReadiness readiness = new RulesEngineReadiness();
        readiness.holder = new RulesEngineHolder();
        var response = readiness.call();
        assertThat(response.getStatus().name()).isEqualTo("DOWN");
        assertThat(response.getData().orElseThrow().get("state")).isEqualTo("building");
    }

    @Test
    void decisionsLatencyAndRulesVersionAreExported() {
        String version = Api.decide(Dossiers.granted()).statusCode(200).extract().path("rulesVersion");
        Api.decide(Dossiers.granted().text("applicant.stayStatus", "IRREGULAR_STAY")).statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("cpas_decisions_total\\{route=\"RIS\",verdict=\"GRANTED\"\\} [1-9]")
                .containsPattern("cpas_decisions_total\\{route=\"NONE\",verdict=\"REFUSED\"\\} [1-9]")
                .contains("# TYPE cpas_decision_seconds histogram")
                .contains("cpas_decision_seconds_bucket{le=\"")
                .contains("cpas_decision_seconds_count")
                .contains("cpas_decision_seconds_sum")
                .contains("cpas_rules_info{version=\"" + version + "\"} 1.0");
    }
}
