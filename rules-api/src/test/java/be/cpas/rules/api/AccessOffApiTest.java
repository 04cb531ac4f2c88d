package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With a pack store but no way to sign in (no embedded password, no OIDC), the analyst and admin operations are off
 * and say which settings turn them on, even to a caller who sends credentials; decisions are not affected.
 */
@QuarkusTest
@TestProfile(AccessOffApiTest.NoCredentials.class)
class AccessOffApiTest {

    public static class NoCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("cpas.packs.directory", Files.createTempDirectory("cpas-packs-test").toString(),
                        AccessConfigSourceFactory.passwordKey(Roles.ADMIN), "",
                        AccessConfigSourceFactory.passwordKey(Roles.ANALYST), "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void the_analyst_and_admin_operations_are_off_and_say_which_setting_turns_them_on() {
        Api.awaitReady();
        for (var call : AccessApiTest.PROTECTED) {
            call.send(given()).then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:cpas-rules:problem:access-off"))
                    .body("detail", containsString("CPAS_ADMIN_PASSWORD"))
                    .body("detail", containsString("quarkus.oidc.auth-server-url"));
        }
        given().auth().preemptive().basic(Roles.ADMIN, "guessed").post("/v1/admin/packs/rollback").then()
                .statusCode(403).body("type", equalTo("urn:cpas-rules:problem:access-off"));
        Api.decide(Dossiers.granted().toString()).statusCode(200);
    }
}
