package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Setting the OIDC issuer is enough to turn bearer tokens on (no identity provider runs here: the issuer given is a
 * closed port). A caller is then offered both ways to sign in; a token that cannot be checked gets a 503 to retry,
 * never a 500; the embedded users keep working beside OIDC.
 */
@QuarkusTest
@TestProfile(OidcApiTest.IssuerSet.class)
class OidcApiTest {

    public static class IssuerSet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/cpas", "quarkus.oidc.client-id", "cpas-rules");
        }
    }

    @Test
    void the_issuer_alone_turns_bearer_tokens_on() {
        Api.awaitReady();
        var anonymous = given().get("/v1/admin/packs");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().getValues("WWW-Authenticate")).containsExactlyInAnyOrder("Basic realm=\"cpas-rules\"", "Bearer");
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl").get("/v1/admin/packs").then()
                .statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:cpas-rules:problem:identity-provider-unavailable"));
        Api.asAnalyst().get("/v1/admin/packs").then().statusCode(404).body("type", equalTo("urn:cpas-rules:problem:packs-off"));
    }
}
