package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With a pack store but the admin operations not switched on, packs can be listed, not changed. */
@QuarkusTest
@TestProfile(PackAdminOffApiTest.StoreOnly.class)
class PackAdminOffApiTest {

    public static class StoreOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("cpas.packs.directory", Files.createTempDirectory("cpas-packs-test").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void changing_packs_is_refused_with_a_clear_problem() throws InterruptedException {
        for (int i = 0; i < 240 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(500);
        }
        String active = given().get("/v1/admin/packs").then().statusCode(200).extract().path("[0].rulesVersion");
        given().post("/v1/admin/packs/" + active + "/activate").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:cpas-rules:problem:admin-operations-off"));
        given().post("/v1/admin/packs/rollback").then().statusCode(403);
        given().contentType("application/zip").body(new byte[] { 1 }).post("/v1/admin/packs").then().statusCode(403);
    }
}
