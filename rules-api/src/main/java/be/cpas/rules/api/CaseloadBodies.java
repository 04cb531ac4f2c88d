package be.cpas.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    @Inject
    BodySizeLimit limits;

    /** A new temporary file for a caseload. */
    Path temporaryFile() {
        try {
            return Files.createTempFile("cpas-caseload-", ".jsonl");
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
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
