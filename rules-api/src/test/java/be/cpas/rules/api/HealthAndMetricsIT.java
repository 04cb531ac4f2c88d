package be.cpas.rules.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** HealthAndMetricsTest against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class HealthAndMetricsIT extends HealthAndMetricsTest {
}
