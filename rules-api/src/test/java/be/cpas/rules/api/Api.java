package be.cpas.rules.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls of the API for the tests. The first one waits until the rule pack is compiled. */
final class Api {

    private static volatile boolean ready;

    private Api() {
    }

    static void awaitReady() {
        if (ready) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                ready = true;
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The rule pack was not compiled within 120 s");
    }

    /** A request signed in as the embedded admin (its password from the test profile). */
    static RequestSpecification asAdmin() {
        return as(Roles.ADMIN);
    }

    /** A request signed in as the embedded analyst. */
    static RequestSpecification asAnalyst() {
        return as(Roles.ANALYST);
    }

    private static RequestSpecification as(String user) {
        String password = ConfigProvider.getConfig().getValue(AccessConfigSourceFactory.passwordKey(user), String.class);
        return given().auth().preemptive().basic(user, password);
    }

    static ValidatableResponse decide(Object dossierJson) {
        return decide(dossierJson, null);
    }

    static ValidatableResponse decide(Object dossierJson, String acceptLanguage) {
        awaitReady();
        var request = given().contentType(ContentType.JSON).body(dossierJson.toString());
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post("/v1/decisions").then();
    }
}
