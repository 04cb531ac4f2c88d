package be.cpas.rules.kb.packs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import be.cpas.rules.kb.EngineBuild;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;
import be.cpas.rules.kb.verification.PackVerifier.Problem;

/**
 * The rule packs of a service: the active one, which answers decisions, and every stored one, for replay.
 * A pack answers only once {@link PackVerifier} accepted it. Activating swaps the active engine in one step:
 * until the new pack is compiled and verified, the old one keeps answering; a pack that fails is never active.
 * Engines for other packs are built on demand and a few are kept.
 */
public final class RulePacks {

    /** The outcome of validating (and, if accepted, storing) a pack. */
    public record Validation(String contentHash, String rulesVersion, List<Problem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** A pack asked for by version that the store does not hold. */
    public static final class UnknownPackException extends RuntimeException {
        public UnknownPackException(String version) {
            super("no stored pack has the version " + version);
        }
    }

    /** A stored pack that does not verify (any more) under this engine build. */
    public static final class PackRefusedException extends RuntimeException {
        private final transient List<Problem> problems;

        public PackRefusedException(List<Problem> problems) {
            super(problems.size() + " problem(s) in the pack");
            this.problems = problems;
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final PackStore store;
    private final Duration timeLimit;
    private final Duration verificationTimeLimit;
    private final Map<String, RulesEngine> engines;
    private final AtomicReference<RulesEngine> active = new AtomicReference<>();

    /**
     * @param timeLimit             per decision, for the engines that answer
     * @param verificationTimeLimit per decision of a pack's scenarios while it is verified (cold)
     * @param cachedEngines         how many engines of inactive packs are kept built
     */
    public RulePacks(PackStore store, Duration timeLimit, Duration verificationTimeLimit, int cachedEngines) {
        this.store = store;
        this.timeLimit = timeLimit;
        this.verificationTimeLimit = verificationTimeLimit;
        this.engines = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RulesEngine> eldest) {
                return size() > cachedEngines + 1;  // plus the active one, usually the most recent
            }
        };
    }

    public PackStore store() {
        return store;
    }

    /** Verifies the pack without storing or activating it. */
    public Validation validate(KbSource source) {
        PackVerifier.Verdict verdict = PackVerifier.verify(source, verificationTimeLimit);
        String hash = source.contentHash();
        if (verdict.accepted()) {
            cache(hash, verdict.engine().withTimeLimit(timeLimit));
        }
        return new Validation(hash, EngineBuild.versionOf(hash), verdict.problems());
    }

    /** Verifies the pack and stores it when accepted (it is not activated). */
    public Validation upload(KbSource source, String label) {
        Validation validation = validate(source);
        if (validation.accepted()) {
            store.store(source, label);
        }
        return validation;
    }

    /**
     * Starts on the store's active pack; with none, stores the given pack (e.g. the one packaged with the
     * service) and activates it.
     */
    public RulesEngine start(KbSource fallback, String label) {
        Optional<String> stored = store.active();
        if (stored.isPresent()) {
            RulesEngine engine = engine(stored.get());
            active.set(engine);
            return engine;
        }
        Validation validation = upload(fallback, label);
        if (!validation.accepted()) {
            throw new PackRefusedException(validation.problems());
        }
        return activate(validation.contentHash());
    }

    /** Activates a stored pack (by content hash or rules version): built and verified first, then swapped in. */
    public synchronized RulesEngine activate(String version) {
        PackStore.PackInfo pack = store.find(version).orElseThrow(() -> new UnknownPackException(version));
        RulesEngine engine = engine(pack.contentHash());
        store.recordActivation(pack.contentHash());
        active.set(engine);
        return engine;
    }

    /** Goes back to the pack active before the current one. */
    public synchronized Optional<RulesEngine> rollback() {
        Optional<String> previous = store.previous();
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        RulesEngine engine = engine(previous.get());  // built and verified before the log says it is active
        store.recordRollback();
        active.set(engine);
        return Optional.of(engine);
    }

    /** The engine answering decisions, once started. */
    public Optional<RulesEngine> active() {
        return Optional.ofNullable(active.get());
    }

    /** The engine of a stored pack, by content hash or rules version: for replay. */
    public RulesEngine engineFor(String version) {
        RulesEngine current = active.get();
        if (current != null && current.rulesVersion().equals(version)) {
            return current;
        }
        return engine(store.find(version).orElseThrow(() -> new UnknownPackException(version)).contentHash());
    }

    private RulesEngine engine(String contentHash) {
        synchronized (engines) {
            RulesEngine cached = engines.get(contentHash);
            if (cached != null) {
                return cached;
            }
        }
        PackVerifier.Verdict verdict = PackVerifier.verify(store.source(contentHash), verificationTimeLimit);
        if (!verdict.accepted()) {
            throw new PackRefusedException(verdict.problems());
        }
        return cache(contentHash, verdict.engine().withTimeLimit(timeLimit));
    }

    private RulesEngine cache(String contentHash, RulesEngine engine) {
        synchronized (engines) {
            return engines.computeIfAbsent(contentHash, hash -> engine);
        }
    }
}
