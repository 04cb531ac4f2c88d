package be.cpas.rules.api;

import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A disk that cannot take a caseload is the storage's failure, not the request's and not an internal error: 503
 * {@code caseload-storage} with {@code Retry-After}, and the job's place is given back. Here the impact jobs' folder
 * lies under a regular file, so that no folder can be made there (even by root, which file permissions do not stop).
 */
@QuarkusTest
@TestProfile(CaseloadStorageApiTest.UnwritableImpactFolder.class)
class CaseloadStorageApiTest {

    private static final Path BLOCKER = blocker();

    public static class UnwritableImpactFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cpas.impact.directory", BLOCKER.resolve("impact-jobs").toString());
        }
    }

    private static Path blocker() {
        try {
            Path file = Files.createTempFile("cpas-storage-test-", ".blocker");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anImpactJobWhoseFolderCannotBeMadeIs503AndGivesItsPlaceBack() {
        Api.awaitReady();
        // One place running and two waiting (cpas.impact.max-waiting): a place kept by a failed job would turn the
        // fourth answer into 429.
        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.asAnalyst()
                    .contentType(BatchDecisionResource.NDJSON).header("Accept-Language", "nl")
                    .body(Dossiers.granted().json().getBytes(StandardCharsets.UTF_8))
                    .when().post("/v1/admin/impact?at=2026-03-01&against=2026-10-15")
                    .then().statusCode(503)
                    .header("Retry-After", "60")
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:cpas-rules:problem:caseload-storage"));
        }
    }
}
