package be.cpas.rules.kb.explain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the packaged knowledge base in a folder, as an analyst's working copy, to be edited by a test. */
final class WorkingCopy {

    private static final Path PACKAGED = Path.of("src/main/resources/cpas-kb");

    private WorkingCopy() {
    }

    static Path of(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(PACKAGED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(PACKAGED.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return folder;
    }

    static void replace(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(old)) {
            throw new AssertionError(file + " no longer contains: " + old);
        }
        Files.writeString(file, text.replace(old, replacement));
    }
}
