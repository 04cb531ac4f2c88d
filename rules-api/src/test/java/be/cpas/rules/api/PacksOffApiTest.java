package be.cpas.rules.api;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Without a pack store (cpas.packs.directory unset) the pack operations say they are off. */
@QuarkusTest
class PacksOffApiTest {

    @Test
    void the_pack_operations_are_off_and_say_so() {
        Api.awaitReady();
        Api.asAnalyst().get("/v1/admin/packs").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:cpas-rules:problem:packs-off"));
        Api.decide(Dossiers.granted().toString()).statusCode(200);
    }
}
