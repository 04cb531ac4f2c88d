package be.cpas.rules.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** LimitsApiTest against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class LimitsApiIT extends LimitsApiTest {
}
