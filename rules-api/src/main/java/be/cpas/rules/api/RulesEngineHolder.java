package be.cpas.rules.api;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.cpas.rules.kb.EngineBuild;
import be.cpas.rules.kb.KnowledgeBaseException;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.packs.PackStore;
import be.cpas.rules.kb.packs.RulePacks;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the rules engine once, at startup, on its own thread: the HTTP server is up at once (liveness),
 * the service is ready only when the rule pack is compiled and has proved itself ({@link PackVerifier}:
 * parameters, messages, its own scenarios); a pack that fails is never activated and the process exits. The bundled
 * pack, when its files are unchanged, is the executable model the build compiled and verified: loaded, not compiled
 * nor verified again.
 * With a pack store ({@code cpas.packs.directory}), the service starts on the store's active pack (the packaged
 * one is stored and activated the first time), and admins activate and roll back packs ({@link RulePacks}):
 * the engine answering is swapped in one step once the new pack is verified.
 */
@ApplicationScoped
public class RulesEngineHolder {

    private static final Logger LOG = Logger.getLogger(RulesEngineHolder.class);

    static final int EXIT_NO_PACK = 3;

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

    @ConfigProperty(name = "cpas.decision.time-limit")
    Duration timeLimit;

    /** The durable pack store; absent: no pack operations, the packaged pack (or the working copy) answers. */
    @ConfigProperty(name = "cpas.packs.directory")
    Optional<String> packsDirectory = Optional.empty();  // also when built by hand (DevKnowledgeBaseReloadTest)

    /** Engines of packs other than the active one (replay) kept built: each holds a compiled rule base. */
    @ConfigProperty(name = "cpas.packs.cached-engines", defaultValue = "3")
    int cachedEngines;

    private volatile RulePacks packs;
    private Meter versionGauge;

    /** The pack's scenarios run cold (first decisions compile code), maybe on a busy machine: a wider limit. */
    @ConfigProperty(name = "cpas.pack.verification-time-limit")
    Duration verificationTimeLimit;

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Building the rule pack, %d ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());
        Thread builder = new Thread(() -> {
            if (!build()) {
                stopWithoutPack();
            }
        }, "rules-engine-build");
        builder.setDaemon(true);
        builder.start();
    }

    /**
     * Builds and verifies the pack, and serves it once it proved itself; a refused pack is logged and never
     * served, and the pack already served (if any) keeps answering. Also called by DevKnowledgeBaseReload.
     *
     * @return whether the pack is now served
     */
    boolean build() {
        long start = System.nanoTime();
        try {
            KbSource source = knowledgeBaseDirectory.map(directory -> KbSource.fromDirectory(Path.of(directory)))
                    .orElseGet(KbSource::fromClasspath);
            long read = System.nanoTime();
            openPackStore();
            RulesEngine engine;
            if (packs != null && knowledgeBaseDirectory.isEmpty()) {
                engine = packs.start(source, "packaged");
            } else {
                PackVerifier.Verdict verdict = PackVerifier.verify(source, verificationTimeLimit);
                if (!verdict.accepted()) {
                    refuse(verdict.problems().stream().map(PackVerifier.Problem::toString).toList());
                    return false;
                }
                engine = verdict.engine().withTimeLimit(timeLimit);
            }
            buildTime = Duration.ofNanos(System.nanoTime() - start);
            serve(engine);
            LOG.infof("Rule pack %s in %d ms (files read in %d ms), served %d ms after the JVM started, from %s, rules version %s, "
                    + "engine %s, languages %s",
                    engine.compilation() == RulesEngine.Compilation.BUILD_TIME_EXECUTABLE_MODEL
                            ? "loaded as the build compiled and verified it (build-time executable model)"
                            : "compiled (" + engine.compilation().description() + ") and verified",
                    buildTime.toMillis(), (read - start) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime(), engine.origin(), engine.rulesVersion(), EngineBuild.current(),
                    engine.languages());
            return true;
        } catch (RulePacks.PackRefusedException e) {
            refuse(e.problems().stream().map(PackVerifier.Problem::toString).toList());
            return false;
        } catch (RuntimeException | LinkageError e) {
            // No dossier is involved here: the message is about the rule files and is safe to log.
            refuse(List.of(String.valueOf(e)));
            return false;
        }
    }

    private static void refuse(List<String> reasons) {
        reasons.forEach(reason -> LOG.errorf("Rule pack refused: %s", reason));
    }

    private void openPackStore() {
        if (packs != null || packsDirectory.isEmpty()) {
            return;
        }
        try {
            packs = new RulePacks(new PackStore(Path.of(packsDirectory.get())), timeLimit, verificationTimeLimit, cachedEngines);
        } catch (RuntimeException e) {
            LOG.warnf("No pack store at %s (%s): the pack operations are off, the packaged pack answers", packsDirectory.get(), e);
        }
    }

    private synchronized void serve(RulesEngine engine) {
        if (versionGauge != null) {
            registry.remove(versionGauge);
        }
        versionGauge = Gauge.builder("cpas.rules.info", () -> 1)
                .description("The rule pack loaded: version is the content hash of the DRL, parameter and message files")
                .tag("version", engine.rulesVersion())
                .register(registry);
        state.set(engine);
    }

    /** The pack store and its packs, when configured. */
    public Optional<RulePacks> packs() {
        return Optional.ofNullable(packs);
    }

    /** Verifies a stored pack, then answers with it; until then the current pack answers. */
    public synchronized RulesEngine activate(String version) {
        RulesEngine engine = packs().orElseThrow(PacksOffException::new).activate(version);
        serve(engine);
        LOG.infof("Rule pack activated: rules version %s", engine.rulesVersion());
        return engine;
    }

    /** Goes back to the pack active before the current one, if any. */
    public synchronized Optional<RulesEngine> rollback() {
        Optional<RulesEngine> engine = packs().orElseThrow(PacksOffException::new).rollback();
        engine.ifPresent(e -> {
            serve(e);
            LOG.infof("Rule pack rolled back to rules version %s", e.rulesVersion());
        });
        return engine;
    }

    /** The engine of any stored pack (by rules version or content hash), built on demand: for replay. */
    public RulesEngine engineFor(String version) {
        RulesEngine active = engine().orElseThrow(EngineNotReadyException::new);
        if (active.rulesVersion().equals(version)) {
            return active;
        }
        return packs().orElseThrow(PacksOffException::new).engineFor(version);
    }

    /**
     * No usable pack: a permanent failure, not a temporary one. The process exits non-zero, so that the platform
     * restarts it with a clear log rather than keeping a service that answers 503 forever.
     */
    private void stopWithoutPack() {
        LOG.errorf("No usable rule pack (see the refusal above): the service stops with exit code %d", EXIT_NO_PACK);
        state.set(new KnowledgeBaseException("the rule pack was refused"));
        Quarkus.asyncExit(EXIT_NO_PACK);
    }

    /** The engine, once built. */
    public Optional<RulesEngine> engine() {
        return state.get() instanceof RulesEngine engine ? Optional.of(engine) : Optional.empty();
    }

    /** Why the build failed, if it did. */
    public Optional<Throwable> failure() {
        return state.get() instanceof Throwable failure ? Optional.of(failure) : Optional.empty();
    }

    /** Where the pack comes from, without an absolute path: "packaged", or the working copy's folder name. */
    public String sourceName() {
        return knowledgeBaseDirectory.map(directory -> "working copy " + Path.of(directory).getFileName()).orElse("packaged");
    }

    public Optional<Duration> buildTime() {
        return Optional.ofNullable(buildTime);
    }
}
