package be.cpas.rules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import be.cpas.rules.kb.packs.PackArchive;
import be.cpas.rules.kb.source.KbSource;

/** A rule pack named on the command line: a folder (rules/, parameters/, messages/, scenarios/) or a zip archive. */
final class PackFiles {

    private PackFiles() {
    }

    /** @throws IllegalArgumentException when the path is neither a folder nor a readable pack archive */
    static KbSource read(Path pack) {
        if (Files.isDirectory(pack)) {
            return KbSource.fromDirectory(pack);
        }
        if (!Files.isRegularFile(pack)) {
            throw new IllegalArgumentException(pack + ": no such folder or archive");
        }
        try {
            return PackArchive.read(Files.readAllBytes(pack), pack.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(pack + ": " + e.getMessage());
        }
    }
}
