package be.cpas.rules.kb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.drools.base.util.Drools;

/**
 * The build of the engine that runs a pack: this library's version and a hash of its compiled code, and the
 * Drools version. Part of the rules version, so that a replay with the same rules version runs the same
 * rules on the same engine.
 */
public final class EngineBuild {

    private static final String POM_PROPERTIES = "META-INF/maven/be.cpas.rules/rules-kb/pom.properties";
    private static final String CURRENT = "rules-kb " + libraryVersion() + " (code " + codeHash() + "), Drools "
            + Drools.getFullVersion();

    private EngineBuild() {
    }

    /** E.g. "rules-kb 0.1.0 (code 3f2a9c01b7de), Drools 10.2.0". */
    public static String current() {
        return CURRENT;
    }

    /** The rules version of a pack with the given content hash, run by this engine build. */
    public static String versionOf(String packContentHash) {
        return versionOf(packContentHash, CURRENT);
    }

    /** The rules version of a pack with the given content hash, run by the engine build described as {@link #current()} does. */
    public static String versionOf(String packContentHash, String engineBuild) {
        return sha256(List.of(packContentHash, engineBuild));
    }

    private static String libraryVersion() {
        try (InputStream in = EngineBuild.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "unpackaged";  // run from target/classes (tests, dev mode)
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** SHA-256 (first 12 hex digits) of the library's jar, or of its class files when run from a folder. */
    private static String codeHash() {
        CodeSource code = EngineBuild.class.getProtectionDomain().getCodeSource();
        try {
            Path location = Path.of(code.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return sha256Bytes(List.of(location)).substring(0, 12);
            }
            try (Stream<Path> walk = Files.walk(location)) {
                return sha256Bytes(walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()).substring(0, 12);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String sha256Bytes(List<Path> files) throws IOException {
        MessageDigest digest = digest();
        for (Path file : files) {
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(List<String> parts) {
        MessageDigest digest = digest();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
