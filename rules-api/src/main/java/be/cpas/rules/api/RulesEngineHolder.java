package be.cpas.rules.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the rules engine once, at startup, on its own thread: the HTTP server is up at once (liveness),
 * the service is ready only when the rule pack is compiled (readiness).
 */
@ApplicationScoped
public class RulesEngineHolder {

    private static final Logger LOG = Logger.getLogger(RulesEngineHolder.class);

    /** Either nothing yet (building), the engine, or the failure. */
    private final AtomicReference<Object> state = new AtomicReference<>();
    private volatile Duration buildTime;

    @Inject
    MeterRegistry registry;

    /**
     * A folder holding a working copy of the knowledge base (rules/, parameters/, messages/), e.g.
     * rules-kb/src/main/resources/cpas-kb: lets an analyst run the service on edited rules before they go live.
     * Absent: the knowledge base packaged with the service.
     */
    @ConfigProperty(name = "cpas.kb.directory")
    Optional<String> knowledgeBaseDirectory;

    void onStart(@Observes StartupEvent event) {
        Thread builder = new Thread(this::build, "rules-engine-build");
        builder.setDaemon(true);
        builder.start();
    }

    /** Builds the engine and serves it once built; also called by DevKnowledgeBaseReload in dev mode. */
    void build() {
        long start = System.nanoTime();
        try {
            RulesEngine engine = knowledgeBaseDirectory
                    .map(directory -> RulesEngine.from(KbSource.fromDirectory(Path.of(directory))))
                    .orElseGet(RulesEngine::fromClasspath);
            buildTime = Duration.ofNanos(System.nanoTime() - start);
            Gauge.builder("cpas.rules.info", () -> 1)
                    .description("The rule pack loaded: version is the content hash of the DRL, parameter and message files")
                    .tag("version", engine.rulesVersion())
                    .register(registry);
            state.set(engine);
            LOG.infof("Rule pack compiled in %d ms from %s, rules version %s, languages %s",
                    buildTime.toMillis(), engine.origin(), engine.rulesVersion(), engine.languages());
        } catch (RuntimeException | LinkageError e) {
            state.set(e);
            // No dossier is involved here: the message is about the rule files and is safe to log.
            LOG.error("The rule pack could not be built", e);
        }
    }

    /** The engine, once built. */
    public Optional<RulesEngine> engine() {
        return state.get() instanceof RulesEngine engine ? Optional.of(engine) : Optional.empty();
    }

    /** Why the build failed, if it did. */
    public Optional<Throwable> failure() {
        return state.get() instanceof Throwable failure ? Optional.of(failure) : Optional.empty();
    }

    public Optional<Duration> buildTime() {
        return Optional.ofNullable(buildTime);
    }
}
