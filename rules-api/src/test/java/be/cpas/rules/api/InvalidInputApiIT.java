package be.cpas.rules.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** InvalidInputApiTest against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class InvalidInputApiIT extends InvalidInputApiTest {
}
