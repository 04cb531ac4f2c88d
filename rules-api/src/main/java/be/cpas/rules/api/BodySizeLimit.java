package be.cpas.rules.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;


import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * A body larger than quarkus.http.limits.max-body-size gets a 413 problem+json. Runs just before
 * Quarkus's own check (route order -2), which answers 413 with no body.
 */
@ApplicationScoped
public class BodySizeLimit {


    /** Where Quarkus's HttpServerCommonHandlers leaves the limit for bodies without Content-Length. */
    static final String QUARKUS_CHUNKED_LIMIT_KEY = "io.quarkus.max-request-size";

    @Inject
    RequestGuards guards;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        // A body announced larger than the limit is refused before it is read.
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, limit)) {
                guards.refuse(context, 413, "payload-too-large", List.of(String.valueOf(limit)));
                return;
            }
            context.next();
        });
        // A dossier sent without a length (chunked) is counted by DossierReader, which answers 413 as a
        // problem. Quarkus's own count of such bodies (route order -2) would end the response with a bare
        // 413 while the reader is still reading: take the decisions endpoint out of it.
        router.post("/v1/decisions").order(-1).handler(context -> {
            context.remove(QUARKUS_CHUNKED_LIMIT_KEY);
            context.next();
        });
    }

    long limit() {
        return maxBodySize.asLongValue();
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;  // Vert.x refuses a malformed length itself
        }
    }
}
