package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what, with the embedded users of the test profile: nobody anonymous on an analyst or admin operation
 * (401), an analyst never on an admin one (403), an admin everywhere; decisions, pages, health, metrics and the
 * OpenAPI document stay open. No pack store here: a pack operation let through answers 404 packs-off, a simulation of
 * an empty body 400, not 401 or 403.
 */
@QuarkusTest
class AccessApiTest {

    /** One protected operation, the least role it needs, and a request it accepts the body of. */
    record Call(String method, String path, String contentType, byte[] body, String role) {
        Response send(RequestSpecification request) {
            if (contentType != null) {
                request = request.contentType(contentType).body(body);
            }
            return request.request(method, path);
        }
    }

    private static final byte[] ZIP = { 'P', 'K', 5, 6 };
    private static final String PACK = "/v1/admin/packs/" + "0".repeat(64);

    static final List<Call> PROTECTED = List.of(
            new Call("GET", "/v1/admin/packs", null, null, Roles.ANALYST),
            new Call("GET", PACK, null, null, Roles.ANALYST),
            new Call("POST", "/v1/admin/packs/validate", "application/zip", ZIP, Roles.ANALYST),
            new Call("POST", "/v1/admin/packs", "application/zip", ZIP, Roles.ADMIN),
            new Call("POST", PACK + "/activate", null, null, Roles.ADMIN),
            new Call("POST", "/v1/admin/packs/rollback", null, null, Roles.ADMIN),
            new Call("POST", "/v1/simulations", "application/json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Roles.ANALYST),
            new Call("POST", "/v1/admin/impact", BatchDecisionResource.NDJSON, "{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Roles.ANALYST),
            new Call("GET", "/v1/admin/impact/no-such-job", null, null, Roles.ANALYST),
            new Call("GET", "/v1/admin/impact/no-such-job/result", null, null, Roles.ANALYST));

    @Test
    void anonymous_callers_are_asked_to_sign_in() {
        Api.awaitReady();
        for (Call call : PROTECTED) {
            call.send(given()).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                    .header("WWW-Authenticate", containsString("Basic realm=\"cpas-rules\""))
                    .body("type", equalTo("urn:cpas-rules:problem:unauthorized"));
        }
    }

    @Test
    void a_wrong_password_is_refused_like_no_password() {
        Api.awaitReady();
        for (Call call : PROTECTED) {
            call.send(given().auth().preemptive().basic(Roles.ADMIN, "not-the-password")).then().statusCode(401)
                    .contentType(Problem.MEDIA_TYPE).body("type", equalTo("urn:cpas-rules:problem:unauthorized"));
        }
    }

    @Test
    void an_analyst_may_not_change_the_active_pack() {
        Api.awaitReady();
        for (Call call : PROTECTED.stream().filter(c -> c.role().equals(Roles.ADMIN)).toList()) {
            call.send(Api.asAnalyst()).then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:cpas-rules:problem:forbidden"))
                    .body("detail", equalTo("Cette opération demande le rôle admin."));
        }
    }

    @Test
    void each_role_reaches_its_operations_and_an_admin_all_of_them() {
        Api.awaitReady();
        for (Call call : PROTECTED) {
            call.send(Api.asAdmin()).then().statusCode(not(oneOf(401, 403)));
            if (call.role().equals(Roles.ANALYST)) {
                call.send(Api.asAnalyst()).then().statusCode(not(oneOf(401, 403)));
            }
        }
        Api.asAnalyst().get("/v1/admin/packs").then().statusCode(404).body("type", equalTo("urn:cpas-rules:problem:packs-off"));
    }

    @Test
    void the_openapi_document_shows_the_role_each_operation_needs() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.basicAuth.scheme", equalTo("basic"))
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("paths.'/v1/admin/packs/rollback'.post.security", equalTo(List.of(
                        java.util.Map.of("basicAuth", List.of(Roles.ADMIN)), java.util.Map.of("bearerAuth", List.of(Roles.ADMIN)))))
                .body("paths.'/v1/admin/packs/validate'.post.description", containsString("Role: analyst or admin."))
                .body("paths.'/v1/decisions'.post.security", equalTo(null));
    }

    @Test
    void decisions_pages_health_metrics_and_the_document_stay_open() {
        Api.decide(Dossiers.granted().toString()).statusCode(200);
        for (String path : List.of("/v1/conditions", "/", "/simulator", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(200);
        }
    }
}
