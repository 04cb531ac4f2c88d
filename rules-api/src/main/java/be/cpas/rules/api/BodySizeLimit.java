package be.cpas.rules.api;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Each request body is bounded by its route's limit, and a larger one gets a 413 problem+json naming it:
 * <ul>
 * <li>a caseload, dossiers as JSON Lines ({@code POST /v1/decisions/batch}, {@code POST /v1/admin/impact}):
 *     {@code cpas.http.caseload-max-body-size}. It is copied to disk as it arrives ({@link CaseloadBodies}), never
 *     held in memory;</li>
 * <li>any other body: {@code cpas.http.max-body-size} (a dossier is a few kilobytes).</li>
 * </ul>
 * Quarkus's own check (route order -2, a bare 413) has the larger limit ({@code quarkus.http.limits.max-body-size},
 * set to the caseload limit): the checks here run on each side of it.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Where Quarkus's HttpServerCommonHandlers leaves its limit for bodies without Content-Length. */
    static final String QUARKUS_CHUNKED_LIMIT_KEY = "io.quarkus.max-request-size";

    private static final Set<String> CASELOAD_PATHS = Set.of(BatchDecisionResource.PATH, ImpactJobResource.PATH);
    /** Bodies read by DossierReader, which counts them itself. */
    private static final Set<String> DOSSIER_PATHS = Set.of("/v1/decisions", SimulationResource.PATH);

    @Inject
    RequestGuards guards;

    @ConfigProperty(name = "cpas.http.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "cpas.http.caseload-max-body-size")
    MemorySize caseloadMaxBodySize;

    void install(@Observes Router router) {
        // A body announced larger than its route's limit is refused before it is read.
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = limitFor(context);
            if (length != null && isOver(length, limit)) {
                guards.refuse(context, 413, "payload-too-large", List.of(String.valueOf(limit)));
                return;
            }
            context.next();
        });
        // A body sent without a length (chunked) is counted as it is read. Dossiers, what-ifs and caseloads count
        // their own (DossierReader, CaseloadBodies) and answer 413 as a problem: Quarkus's count would end the response with a
        // bare 413 while they still read. Any other route keeps Quarkus's count, with its own limit.
        router.route().order(-1).handler(context -> {
            if (context.get(QUARKUS_CHUNKED_LIMIT_KEY) != null) {
                if (isCaseload(context) || isDossier(context)) {
                    context.remove(QUARKUS_CHUNKED_LIMIT_KEY);
                } else {
                    context.put(QUARKUS_CHUNKED_LIMIT_KEY, limitFor(context));
                }
            }
            context.next();
        });
    }

    /** The limit on one dossier's body. */
    long limit() {
        return maxBodySize.asLongValue();
    }

    /** The longest line of a caseload, in characters: as long as one dossier's body may be. */
    int lineLimit() {
        return (int) Math.min(limit(), Integer.MAX_VALUE - 8);
    }

    /** The limit on a caseload's body. */
    long caseloadLimit() {
        return caseloadMaxBodySize.asLongValue();
    }

    /** Whether the request sends a caseload, whose body timeout restarts with each piece received (RequestGuards). */
    static boolean isCaseload(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && CASELOAD_PATHS.contains(context.normalizedPath());
    }

    private static boolean isDossier(RoutingContext context) {
        return context.request().method() == HttpMethod.POST && DOSSIER_PATHS.contains(context.normalizedPath());
    }

    private long limitFor(RoutingContext context) {
        return isCaseload(context) ? caseloadLimit() : limit();
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;  // Vert.x refuses a malformed length itself
        }
    }
}
