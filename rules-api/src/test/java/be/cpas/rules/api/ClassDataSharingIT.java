package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class data archive the package step writes (quarkus.package.jar.appcds.enabled) serves the README's start
 * command: started from the application's folder with {@code -XX:SharedArchiveFile=app-cds.jsa}, the service maps its
 * own classes and the bundled pack's compiled rules from the archive. {@code -Xshare:on} makes an archive that is
 * missing, stale or written by another JVM stop the start instead of being skipped with a warning.
 */
class ClassDataSharingIT {

    private static final String FROM_ARCHIVE = "source: shared objects file (top)";

    @TempDir
    Path directory;

    @Test
    void theServiceStartedAsTheReadmeSaysLoadsItsClassesAndTheCompiledRulesFromTheArchive() throws Exception {
        Path classes = directory.resolve("classes.log");
        try (PackagedService service = PackagedService.start(List.of("-Xshare:on", "-XX:SharedArchiveFile=app-cds.jsa",
                "-Xlog:class+load=info:file=" + classes, "-XX:+UseParallelGC"), directory.resolve("service.log"))) {
            List<String> loaded = Files.readAllLines(classes);

            assertThat(loaded).anyMatch(line -> line.contains(" be.cpas.rules.api.ServiceMain " + FROM_ARCHIVE));
            // the executable model of the bundled pack, generated at build time into the package of its rules
            assertThat(loaded).anyMatch(line -> line.contains(" cpas.ris.") && line.endsWith(FROM_ARCHIVE));
        }
    }
}
