package be.cpas.rules.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** OpenApiDocumentTest against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
