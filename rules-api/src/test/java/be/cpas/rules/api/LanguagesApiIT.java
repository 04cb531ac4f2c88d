package be.cpas.rules.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** LanguagesApiTest against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class LanguagesApiIT extends LanguagesApiTest {
}
