package be.cpas.rules.api;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only ({@code ./mvnw quarkus:dev}): rebuilds the rules engine when a file of the working copy of the
 * knowledge base changes (a DRL, a parameter, a message), so the next decision uses the edit. Quarkus itself sees
 * these files only as resources that need no restart. Until the new pack is compiled, the old one answers.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevKnowledgeBaseReload {

    private static final Logger LOG = Logger.getLogger(DevKnowledgeBaseReload.class);
    /** Editors write a file in several steps: wait for the burst to end before rebuilding. */
    private static final long QUIET_MILLIS = 300;

    @Inject
    RulesEngineHolder holder;

    @ConfigProperty(name = "cpas.kb.directory")
    Optional<String> knowledgeBaseDirectory;

    private WatchService watchService;

    void onStart(@Observes StartupEvent event) throws IOException {
        if (knowledgeBaseDirectory.isEmpty()) {
            return;
        }
        Path root = Path.of(knowledgeBaseDirectory.get()).toAbsolutePath().normalize();
        watchService = root.getFileSystem().newWatchService();
        registerTree(root);
        Thread watcher = new Thread(this::watch, "kb-dev-reload");
        watcher.setDaemon(true);
        watcher.start();
        LOG.infof("Dev mode: an edit under %s rebuilds the rule pack", root);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (watchService != null) {
            watchService.close();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean changed = drain(key);
                for (WatchKey more = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    changed |= drain(more);
                }
                if (changed) {
                    LOG.info("Dev mode: the knowledge base changed, rebuilding the rule pack");
                    holder.build();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Dev mode restarted or stopped the application.
        }
    }

    /** Reads a key's events, watches new folders, and tells whether anything changed. */
    private boolean drain(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean changed = false;
        for (var event : key.pollEvents()) {
            changed = true;
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name && Files.isDirectory(folder.resolve(name))) {
                registerTree(folder.resolve(name));
            }
        }
        key.reset();
        return changed;
    }

    private void registerTree(Path root) {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
