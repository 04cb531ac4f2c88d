package be.cpas.rules.kb.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The files of a knowledge base (DRL rules, parameter files, messages), read once.
 * From the class path (the packaged knowledge base) or from a folder (an analyst's working copy,
 * to see the effect of a change before it goes live).
 */
public final class KbSource {

    /** Root of the packaged knowledge base on the class path. */
    public static final String CLASSPATH_ROOT = "cpas-kb";

    private final String origin;
    private final List<KbFile> files;
    /** Computed once: the service, the prebuilt model's check and the rules version all ask for it. */
    private volatile String contentHash;

    private KbSource(String origin, List<KbFile> files) {
        this.origin = origin;
        this.files = files.stream().sorted(Comparator.comparing(KbFile::path)).toList();
    }

    public static KbSource fromClasspath() {
        return fromClasspath(KbSource.class.getClassLoader());
    }

    public static KbSource fromClasspath(ClassLoader loader) {
        URL marker = loader.getResource(CLASSPATH_ROOT + "/kb.marker");
        if (marker == null) {
            throw new IllegalStateException("Knowledge base not found on the class path: " + CLASSPATH_ROOT + "/kb.marker");
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                try (FileSystem zip = FileSystems.newFileSystem(marker.toURI(), Map.of())) {
                    return new KbSource(marker.toString(), readTree(zip.getPath("/" + CLASSPATH_ROOT)));
                } catch (java.nio.file.FileSystemAlreadyExistsException alreadyOpen) {
                    FileSystem zip = FileSystems.getFileSystem(marker.toURI());
                    return new KbSource(marker.toString(), readTree(zip.getPath("/" + CLASSPATH_ROOT)));
                }
            }
            return fromDirectory(Path.of(marker.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files already read, e.g. from an uploaded pack archive; paths relative to the pack's root, with '/'. */
    public static KbSource of(String origin, List<KbFile> files) {
        return new KbSource(origin, files);
    }

    public static KbSource fromDirectory(Path root) {
        try {
            return new KbSource(root.toString(), readTree(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<KbFile> readTree(Path root) throws IOException {
        List<KbFile> read = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                read.add(new KbFile(relative, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return read;
    }

    /** The same pack with one file edited (e.g. a new index step): a copy, this source is unchanged. */
    public KbSource withEdit(String path, UnaryOperator<String> edit) {
        if (files.stream().noneMatch(f -> f.path().equals(path))) {
            throw new IllegalArgumentException("no file " + path + " in " + origin);
        }
        return new KbSource(origin + " (edited " + path + ")", files.stream()
                .map(f -> f.path().equals(path) ? new KbFile(path, edit.apply(f.content())) : f).toList());
    }

    /** Files whose path starts with the folder (e.g. "rules/") and ends with the suffix (e.g. ".drl"), sorted by path. */
    public List<KbFile> files(String folder, String suffix) {
        return files.stream().filter(f -> f.path().startsWith(folder) && f.path().endsWith(suffix)).toList();
    }

    public List<KbFile> all() {
        return files;
    }

    public String origin() {
        return origin;
    }

    /** SHA-256 over every path and content: the version of the rules a decision was made with. */
    public String contentHash() {
        if (contentHash == null) {
            contentHash = hash(files);
        }
        return contentHash;
    }

    private static String hash(List<KbFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (KbFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
