package be.cpas.rules.api;

import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;

/**
 * At most {@code cpas.batch.max-concurrent} batches at once: each uses every core and a file as large as its body.
 * One more is refused before its body is read (429, Retry-After) and its connection closed. A batch holds its place
 * from its first byte to the end of its answer, or until the client goes away.
 */
@ApplicationScoped
public class BatchAdmission {

    /** Seconds a refused client should wait: a batch of a few thousand dossiers takes a few seconds. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    RequestGuards guards;

    @ConfigProperty(name = "cpas.batch.max-concurrent")
    int maxConcurrent;

    @Inject
    MeterRegistry registry;

    private Semaphore places;

    void install(@Observes Router router) {
        places = new Semaphore(maxConcurrent);
        Gauge.builder("cpas.batches.running", places, free -> maxConcurrent - free.availablePermits())
                .description("Batches being received, decided or answered (at most cpas.batch.max-concurrent)")
                .register(registry);
        router.post(BatchDecisionResource.PATH).order(-1).handler(context -> {
            if (!places.tryAcquire()) {
                context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
                guards.refuse(context, 429, "batch-busy", List.of(maxConcurrent));
                return;
            }
            context.addEndHandler(done -> places.release());
            context.next();
        });
    }
}
