package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.packs.PackArchive;
import be.cpas.rules.kb.source.KbSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The pack operations over HTTP, on a fresh pack store: a broken pack is refused with file and line while the
 * active pack keeps answering; an index step is uploaded and activated, decisions carry its version, a decision
 * of the previous pack is replayed byte for byte, and a roll-back brings the previous pack back. An analyst lists,
 * shows and validates; an admin uploads, activates and rolls back.
 */
@QuarkusTest
@TestProfile(PackApiTest.FreshStore.class)
class PackApiTest {

    public static class FreshStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("cpas.packs.directory", Files.createTempDirectory("cpas-packs-test").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An isolated person (category 2) with no resources, asking in 2027. */
    private static final String IN_2027 = Dossiers.granted().text("requestDate", "2027-02-01").toString();

    @Test
    void packs_are_refused_activated_replayed_and_rolled_back() throws InterruptedException {
        for (int i = 0; i < 240 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(500);
        }
        String shippedVersion = Api.asAnalyst().get("/v1/admin/packs").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].active", equalTo(true)).body("[0].label", equalTo("packaged"))
                .extract().path("[0].rulesVersion");
        String original = decide(IN_2027, null);
        assertThat(original).contains("\"rulesVersion\":\"" + shippedVersion + "\"");

        KbSource shipped = KbSource.fromClasspath();
        byte[] broken = PackArchive.write(shipped.withEdit("rules/L2002_art03_2_age.drl", drl -> drl.replaceFirst("\\bthen\\b", "then )(")));
        Api.asAnalyst().contentType("application/zip").body(broken).post("/v1/admin/packs/validate").then()
                .statusCode(200).body("accepted", equalTo(false))
                .body("problems.where", hasItem(matchesPattern("rules/L2002_art03_2_age\\.drl:\\d+")));
        Api.asAdmin().contentType("application/zip").body(broken).post("/v1/admin/packs").then()
                .statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:cpas-rules:problem:pack-refused"))
                .body("errors.field", hasItem(matchesPattern("rules/L2002_art03_2_age\\.drl:\\d+")));
        assertThat(decide(IN_2027, null)).isEqualTo(original);  // the active pack keeps answering

        // 9 058.25 (category 2 base) x 1.8114 = 16 408.11405 -> 16 408.11 a year; / 12 = 1 367.3425 -> 1 367.34
        byte[] indexed = PackArchive.write(shipped
                .withEdit("parameters/index/social_benefit_coefficient.yaml", yaml -> yaml
                        + "  - from: 2027-01-01\n    value: 1.8114\n    status: D\n    source: \"1.02^30 rounded to 4 decimals: a test's index step\"\n")
                .withEdit("scenarios/stale_amounts_after_2026_03_01.yaml", yaml -> yaml.replace("  - AMOUNTS_MAY_BE_STALE\n", "")));
        String indexedVersion = Api.asAdmin().contentType("application/zip").body(indexed).queryParam("label", "index 2027")
                .post("/v1/admin/packs").then().statusCode(201).body("accepted", equalTo(true))
                .extract().path("rulesVersion");
        Api.asAnalyst().post("/v1/admin/packs/" + indexedVersion + "/activate").then().statusCode(403);  // an admin's job
        Api.asAdmin().post("/v1/admin/packs/" + indexedVersion + "/activate").then().statusCode(200).body("active", equalTo(true));
        given().contentType(ContentType.JSON).body(IN_2027).post("/v1/decisions").then().statusCode(200)
                .body("rulesVersion", equalTo(indexedVersion))
                .body("amount.monthly", equalTo(1367.34f));

        assertThat(decide(IN_2027, shippedVersion)).isEqualTo(original);  // replay, byte for byte
        // What-if on the stored shipped pack: its coefficient set to the index step's 1.8114 from 2027-01-01 gives the
        // indexed pack's 1 367.34 (arithmetic above), while the indexed pack stays active.
        String reform = "{\"dossier\":" + IN_2027 + ",\"overrides\":[{\"parameter\":\"index.social_benefit_coefficient\","
                + "\"from\":\"2027-01-01\",\"value\":1.8114}]}";
        Api.asAnalyst().contentType(ContentType.JSON).body(reform).queryParam("pack", shippedVersion).post("/v1/simulations").then()
                .statusCode(200).body("simulation.rulesVersion", equalTo(shippedVersion))
                .body("decision.amount.monthly", equalTo(1367.34f));
        given().contentType(ContentType.JSON).body(IN_2027).queryParam("pack", "0".repeat(64)).post("/v1/decisions").then()
                .statusCode(404).body("type", equalTo("urn:cpas-rules:problem:pack-unknown"));

        Api.asAnalyst().get("/v1/admin/packs/" + indexedVersion).then().statusCode(200)
                .body("pack.label", equalTo("index 2027")).body("files", hasItem("rules/L2002_art03_2_age.drl"));
        Api.asAdmin().post("/v1/admin/packs/rollback").then().statusCode(200).body("rulesVersion", equalTo(shippedVersion));
        assertThat(decide(IN_2027, null)).isEqualTo(original);
        Api.asAdmin().post("/v1/admin/packs/rollback").then().statusCode(409);
    }

    private static String decide(String dossier, String pack) {
        var request = given().contentType(ContentType.JSON).body(dossier);
        if (pack != null) {
            request.queryParam("pack", pack);
        }
        return request.post("/v1/decisions").then().statusCode(200).extract().asString();
    }
}
