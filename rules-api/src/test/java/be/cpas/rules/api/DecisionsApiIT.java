package be.cpas.rules.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** DecisionsApiTest against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class DecisionsApiIT extends DecisionsApiTest {
}
