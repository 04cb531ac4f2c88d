package be.cpas.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.RoutingContext;

/**
 * A caseload sent as a request body (dossiers as JSON Lines) is copied to a file as it arrives, so that the service
 * holds a few buffers of it, never the whole, however large it is; and it is read whole before any decision, so that
 * a client which reads the answer only once it has sent everything is not left waiting on a full socket. The copy
 * counts the bytes against {@code cpas.http.caseload-max-body-size} (413, also for a body sent without a length) and
 * each piece received restarts the body timeout ({@link RequestGuards#bodyProgress}).
 */
@ApplicationScoped
public class CaseloadBodies {

    private static final Logger LOG = Logger.getLogger(CaseloadBodies.class);
    private static final String PREFIX = "cpas-caseload-";
    private static final String SUFFIX = ".jsonl";

    @Inject
    BodySizeLimit limits;

    @ConfigProperty(name = "cpas.http.body-timeout")
    Duration bodyTimeout;

    /** A new temporary file for a caseload. */
    Path temporaryFile() {
        try {
            return Files.createTempFile(PREFIX, SUFFIX);
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    /**
     * At start, the caseloads a stopped service left behind (a crash during an upload): personal data that nothing
     * would delete. The folder may be shared with other running instances, so a file goes only when nothing has been
     * written to it for twice the body timeout, which no upload under way can reach (it would have got its 408).
     */
    void removeLeftovers(@Observes StartupEvent start) {
        Instant quietSince = Instant.now().minus(bodyTimeout.multipliedBy(2));
        int removed = removeLeftovers(Path.of(System.getProperty("java.io.tmpdir")), quietSince);
        if (removed > 0) {
            LOG.warnf("Removed %d caseload file(s) left by a service that stopped during an upload", removed);
        }
    }

    /** Deletes the caseload files of {@code folder} last written before {@code quietSince}; returns how many. */
    static int removeLeftovers(Path folder, Instant quietSince) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(quietSince) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warnf("Caseload leftovers not checked: %s", e.getClass().getSimpleName());
        }
        return removed;
    }

    /**
     * Copies the body to {@code target} and returns its lines (a last line without '\n' counts). On any failure the
     * file is deleted: it holds personal data.
     *
     * @throws StorageUnavailableException when the file cannot be written (a full disk)
     */
    long copy(InputStream body, Path target, RoutingContext request) throws IOException {
        InputStream in = new LimitedInputStream(body, limits.caseloadLimit());
        long lines = 0;
        boolean pending = false;
        byte[] buffer = new byte[1 << 16];
        boolean copied = false;
        try (OutputStream out = create(target)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                RequestGuards.bodyProgress(request);
                write(out, buffer, read);
                for (int i = 0; i < read; i++) {
                    pending = buffer[i] != '\n';
                    if (!pending) {
                        lines++;
                    }
                }
            }
            copied = true;
        } finally {
            if (!copied) {
                Files.deleteIfExists(target);
            }
        }
        RequestGuards.bodyReceived(request);
        return pending ? lines + 1 : lines;
    }

    private static OutputStream create(Path target) {
        try {
            return Files.newOutputStream(target);
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    private static void write(OutputStream out, byte[] buffer, int length) {
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
    }

    /** The caseload could not be written to disk: 503, the request may be tried again later. */
    public static final class StorageUnavailableException extends RuntimeException {
        StorageUnavailableException(IOException cause) {
            super("Caseload not stored: " + cause.getMessage(), cause, false, false);
        }
    }
}
