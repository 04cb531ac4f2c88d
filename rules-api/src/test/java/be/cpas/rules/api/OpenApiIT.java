package be.cpas.rules.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** OpenApiTest against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {
}
