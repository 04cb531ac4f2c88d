package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A caseload left in the temporary folder by a service that stopped during its upload is personal data: the next
 * start deletes it, and only it (the folder may be shared with instances still receiving uploads).
 */
@QuarkusTest
@QuarkusTestResource(value = CaseloadLeftoversTest.LeftBehind.class, restrictToAnnotatedClass = true)
class CaseloadLeftoversTest {

    /** Written before the service starts, last touched an hour ago. */
    private static final Path LEFT_BEHIND = Path.of(System.getProperty("java.io.tmpdir"),
            "cpas-caseload-left-by-a-crash-" + ProcessHandle.current().pid() + ".jsonl");

    public static class LeftBehind implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                Files.writeString(LEFT_BEHIND, "{\"requestDate\":\"2026-01-05\"}\n");
                Files.setLastModifiedTime(LEFT_BEHIND, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of();
        }

        @Override
        public void stop() {
            try {
                Files.deleteIfExists(LEFT_BEHIND);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theServiceDeletesAtStartACaseloadLeftByAStoppedOne() {
        assertThat(LEFT_BEHIND).doesNotExist();
    }

    @Test
    void onlyCaseloadsQuietForLongerThanAnUploadMayPauseAreDeleted(@TempDir Path folder) throws IOException {
        Instant quietSince = Instant.now().minus(Duration.ofSeconds(20));  // twice a body timeout of 10 s
        Path left = write(folder, "cpas-caseload-1.jsonl", Duration.ofMinutes(5));
        Path uploading = write(folder, "cpas-caseload-2.jsonl", Duration.ofSeconds(3));
        Path other = write(folder, "report-1.jsonl", Duration.ofMinutes(5));

        assertThat(CaseloadBodies.removeLeftovers(folder, quietSince)).isEqualTo(1);

        assertThat(left).doesNotExist();
        assertThat(uploading).exists();
        assertThat(other).exists();
    }

    private static Path write(Path folder, String name, Duration age) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "{}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
