package be.cpas.rules.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** What every problem answer must look like (RFC 9457), and which fields it names. */
final class Problems400 {

    private Problems400() {
    }

    static ValidatableResponse assertProblem(ValidatableResponse response, int status, String kind) {
        return response.statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:cpas-rules:problem:" + kind))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", startsWith("urn:uuid:"));
    }

    /** A 400 that names exactly these fields, each with a message. */
    static ValidatableResponse assertInvalid(ValidatableResponse response, String... fields) {
        return assertProblem(response, 400, "invalid-request")
                .body("errors.field", containsInAnyOrder(fields))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }
}
