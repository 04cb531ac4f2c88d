package be.cpas.rules.kb.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import be.cpas.rules.kb.EngineBuild;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;

/**
 * The durable store of rule packs: a directory (a Kubernetes volume in production). Packs are never deleted, so
 * that any decision can be replayed with the pack that made it.
 * <pre>
 * &lt;root&gt;/&lt;content hash&gt;/pack/...          the pack's files (rules/, parameters/, messages/, scenarios/)
 * &lt;root&gt;/&lt;content hash&gt;/pack.properties    label, when stored
 * &lt;root&gt;/activations.log                        one line per activation or roll-back: instant, action, content hash
 * </pre>
 * A pack is written into a temporary folder and moved into place in one step; the log is appended and synced,
 * so a crash leaves either the old or the new state.
 */
public final class PackStore {

    static final String LOG = "activations.log";
    private static final String ACTIVATE = "activate";
    private static final String ROLLBACK = "rollback";

    /** What the store knows of one pack. */
    public record PackInfo(String contentHash, String rulesVersion, String label, Instant storedAt) {
    }

    /** One line of the activation log. */
    public record Activation(Instant at, String action, String contentHash) {
    }

    private final Path root;

    public PackStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Stores the pack (once: the same content is the same pack) and tells what is known of it. */
    public synchronized PackInfo store(KbSource source, String label) {
        String hash = source.contentHash();
        Path folder = root.resolve(hash);
        if (Files.isDirectory(folder)) {
            return info(hash).orElseThrow();
        }
        try {
            Path temporary = Files.createTempDirectory(root, ".incoming-");
            for (KbFile file : source.all()) {
                Path target = temporary.resolve("pack").resolve(file.path()).normalize();
                if (!target.startsWith(temporary.resolve("pack"))) {
                    throw new IllegalArgumentException("a path outside the pack: " + file.path());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
            Properties properties = new Properties();
            properties.setProperty("label", label == null ? "" : label);
            properties.setProperty("storedAt", Instant.now().toString());
            try (var out = Files.newBufferedWriter(temporary.resolve("pack.properties"), StandardCharsets.UTF_8)) {
                properties.store(out, "rule pack " + hash);
            }
            Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return info(hash).orElseThrow();
    }

    /** A stored pack, by its content hash or by its rules version under this engine build. */
    public Optional<PackInfo> find(String version) {
        return list().stream().filter(p -> p.contentHash().equals(version) || p.rulesVersion().equals(version)).findFirst();
    }

    public Optional<PackInfo> info(String contentHash) {
        Path properties = root.resolve(contentHash).resolve("pack.properties");
        if (!contentHash.matches("[0-9a-f]{64}") || !Files.isRegularFile(properties)) {
            return Optional.empty();
        }
        Properties read = new Properties();
        try (var in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            read.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String label = read.getProperty("label", "");
        return Optional.of(new PackInfo(contentHash, EngineBuild.versionOf(contentHash), label.isEmpty() ? null : label,
                Instant.parse(read.getProperty("storedAt"))));
    }

    /** Every stored pack, oldest first. */
    public List<PackInfo> list() {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.map(f -> f.getFileName().toString()).map(this::info).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(PackInfo::storedAt).thenComparing(PackInfo::contentHash)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KbSource source(String contentHash) {
        return KbSource.fromDirectory(root.resolve(contentHash).resolve("pack"));
    }

    public synchronized void recordActivation(String contentHash) {
        append(ACTIVATE, contentHash);
    }

    /** The pack active before the current one: where a roll-back goes. */
    public synchronized Optional<String> previous() {
        Deque<String> stack = activeStack();
        if (stack.size() < 2) {
            return Optional.empty();
        }
        stack.pop();
        return Optional.of(stack.peek());
    }

    /** Records a roll-back to the pack active before the current one, and returns that pack's hash. */
    public synchronized Optional<String> recordRollback() {
        Optional<String> previous = previous();
        previous.ifPresent(hash -> append(ROLLBACK, hash));
        return previous;
    }

    /** The active pack's content hash: the last one activated and not rolled back. */
    public synchronized Optional<String> active() {
        return Optional.ofNullable(activeStack().peek());
    }

    public synchronized List<Activation> activations() {
        Path log = root.resolve(LOG);
        if (!Files.exists(log)) {
            return List.of();
        }
        try {
            List<Activation> read = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ");
                if (parts.length == 3) {  // a line cut by a crash is ignored
                    read.add(new Activation(Instant.parse(parts[0]), parts[1], parts[2]));
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Deque<String> activeStack() {
        Deque<String> stack = new ArrayDeque<>();
        for (Activation activation : activations()) {
            if (ACTIVATE.equals(activation.action())) {
                stack.push(activation.contentHash());
            } else if (stack.size() > 1) {
                stack.pop();
            }
        }
        return stack;
    }

    private void append(String action, String contentHash) {
        try (FileChannel log = FileChannel.open(root.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            log.write(StandardCharsets.UTF_8.encode(Instant.now() + " " + action + " " + contentHash + "\n"));
            log.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
