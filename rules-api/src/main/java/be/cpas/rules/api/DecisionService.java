package be.cpas.rules.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.cpas.rules.kb.DecisionTimeoutException;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.model.ConditionDescription;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs the engine for the HTTP layer, within a time limit, and measures it. Decisions run on a small pool of
 * their own: the HTTP threads never wait for the rules. The pool has by default one thread per core the HTTP event
 * loops leave (cores minus loops, at least one; {@code cpas.decision.threads}): more threads than that only interleave
 * decisions with each other and with the loops, which costs CPU per decision (caches, context switches;
 * docs/performance.md, "Round 10") for little throughput; requests beyond them wait in the pool's queue. The engine
 * halts rules still firing at the limit; a consequence stuck in Java code cannot be halted, so the caller gets its
 * 503 at the limit all the same, the stuck thread keeps its session (never returned to the pool), is counted and
 * replaced by a new thread while it stays stuck; past {@code cpas.decision.max-stuck} the service refuses decisions
 * and liveness asks for a restart.
 * Logs only what is not personal: verdict, route, rules version, language and duration.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);
    /** The engine halts its rules at the limit; the HTTP answer waits this much longer for that halt to land. */
    private static final Duration HALT_GRACE = Duration.ofMillis(250);

    @Inject
    RulesEngineHolder holder;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "cpas.decision.time-limit")
    Duration timeLimit;

    /** Absent: the cores the event loops leave. */
    @ConfigProperty(name = "cpas.decision.threads")
    Optional<Integer> threads;

    @ConfigProperty(name = EventLoopsConfigSource.EVENT_LOOPS)
    int eventLoops;

    @ConfigProperty(name = "cpas.decision.max-stuck")
    int maxStuck;

    private final AtomicInteger stuck = new AtomicInteger();
    private ThreadPoolExecutor executor;
    private int deciding;
    private Timer decisionTimer;
    private Counter timeouts;
    /** By verdict and route: the registry's own lookup built the meter's id and its tags for every decision. */
    private final Map<String, Counter> decisionCounters = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        AtomicInteger number = new AtomicInteger();
        deciding = threads.orElse(decisionThreadsFor(Runtime.getRuntime().availableProcessors(), eventLoops));
        executor = new ThreadPoolExecutor(deciding, deciding, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "cpas-decision-" + number.incrementAndGet());
            thread.setDaemon(true);  // a thread stuck in a consequence must not keep the process alive
            return thread;
        });
        decisionTimer = Timer.builder("cpas.decision")
                .description("Time the rules engine took to decide one dossier")
                .publishPercentileHistogram()
                .register(registry);
        timeouts = Counter.builder("cpas.decision.timeouts")
                .description("Decisions stopped at the time limit (cpas.decision.time-limit): the rules loop")
                .register(registry);
        Gauge.builder("cpas.decision.stuck", stuck, AtomicInteger::get)
                .description("Decision threads still running rule code after their time limit")
                .register(registry);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * The decision, or a failure: EngineNotReadyException, DecisionTimeoutException, DateOutOfRangeException.
     *
     * @param trace also list the rules that fired, with what they read and concluded
     */
    public Uni<Decision> decide(Dossier dossier, String language, boolean trace) {
        return decideWith(holder.engine().orElseThrow(EngineNotReadyException::new), dossier, language, trace);
    }

    /**
     * Replay: the decision by a stored pack, by its rules version. An inactive pack's engine may have to be built
     * first (seconds), on a worker thread; also fails with UnknownPackException or PacksOffException.
     */
    public Uni<Decision> replay(String pack, Dossier dossier, String language, boolean trace) {
        return engine(pack).flatMap(engine -> decideWith(engine, dossier, language, trace));
    }

    /**
     * The engine of a stored pack, by its rules version, or the active one when none is named; an inactive pack's
     * engine may have to be built first (seconds), on a worker thread.
     */
    public Uni<RulesEngine> engine(String pack) {
        if (pack == null) {
            return Uni.createFrom().item(() -> holder.engine().orElseThrow(EngineNotReadyException::new));
        }
        return Uni.createFrom().item(() -> holder.engineFor(pack)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A decision by the given engine (a what-if's), within the time limit, measured as any other. */
    public Uni<Decision> decideWith(RulesEngine engine, Dossier dossier, String language, boolean trace) {
        if (tooManyStuck()) {
            timeouts.increment();  // refused at once: the pack is broken, a restart is pending
            return Uni.createFrom().failure(new DecisionTimeoutException(timeLimit));
        }
        Locale locale = Locale.forLanguageTag(language);
        TimedDecision task = new TimedDecision(() -> engine.decide(dossier, locale, trace));
        return backOnTheCaller(Uni.createFrom().completionStage(() -> CompletableFuture.supplyAsync(task, executor)))
                .ifNoItem().after(timeLimit.plus(HALT_GRACE)).failWith(() -> {
                    task.abandon();
                    return new DecisionTimeoutException(timeLimit);
                })
                .onFailure(DecisionTimeoutException.class).invoke(e -> {
                    timeouts.increment();
                    LOG.warnf("Decision stopped at the time limit of %d ms; decision threads stuck: %d", timeLimit.toMillis(), stuck.get());
                })
                .onItem().invoke(decision -> measure(decision, task.nanos()));
    }

    /**
     * The decision handed back to the caller's event loop as soon as it is made, where the answer is written: the rest of
     * the request (measure, log line, response) runs there, not on the decision thread while the event loop closes the
     * request (both threads then contended for its CDI request context). Called from elsewhere: unchanged.
     */
    private static Uni<Decision> backOnTheCaller(Uni<Decision> decision) {
        Context caller = Vertx.currentContext();
        return caller == null || !Context.isOnEventLoopThread() ? decision
                : decision.emitOn(command -> caller.runOnContext(ignored -> command.run()));
    }

    /** The cores the event loops leave, at least one. */
    static int decisionThreadsFor(int cores, int eventLoops) {
        return Math.max(1, cores - eventLoops);
    }

    /** The threads deciding when none is stuck. */
    int decisionThreads() {
        return deciding;
    }

    /** So many threads are stuck in rule code that the pack must be considered broken: restart (see liveness). */
    public boolean tooManyStuck() {
        return stuck.get() >= maxStuck;
    }

    public int stuck() {
        return stuck.get();
    }

    /** A thread stuck in rule code is replaced while it stays stuck, so that as many threads as configured decide. */
    private synchronized void stuckChanged(int delta) {
        int size = deciding + Math.max(0, stuck.addAndGet(delta));
        if (size > executor.getMaximumPoolSize()) {
            executor.setMaximumPoolSize(size);
            executor.setCorePoolSize(size);
        } else {
            executor.setCorePoolSize(size);
            executor.setMaximumPoolSize(size);
        }
    }

    private void measure(Decision decision, long nanos) {
        decisionTimer.record(nanos, TimeUnit.NANOSECONDS);
        String verdict = String.valueOf(decision.verdict());
        String route = decision.route() == null ? "null" : String.valueOf(decision.route().route());
        decisionCounters.computeIfAbsent(verdict + " " + route, key -> Counter.builder("cpas.decisions")
                .description("Decisions made, by verdict and route")
                .tag("verdict", verdict)
                .tag("route", route)
                .register(registry))
                .increment();
        // Concatenated, not infof: java.util.Formatter parsed the pattern for every decision (about half the line's cost).
        LOG.info("Decision verdict=" + verdict + " route=" + route + " rulesVersion=" + decision.rulesVersion()
                + " language=" + decision.language() + " durationMs=" + Math.round(nanos / 1e5) / 10.0);
    }

    public List<ConditionDescription> conditions(String language) {
        return holder.engine().orElseThrow(EngineNotReadyException::new).conditions(Locale.forLanguageTag(language));
    }

    /** One decision and where it stands: waiting for a thread, running, done, or given up on by its caller. */
    private final class TimedDecision implements Supplier<Decision> {
        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;

        private final Supplier<Decision> decide;
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private volatile long nanos;

        TimedDecision(Supplier<Decision> decide) {
            this.decide = decide;
        }

        @Override
        public Decision get() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return null;  // its caller already had its 503 while it waited for a thread
            }
            long start = System.nanoTime();
            try {
                return decide.get();
            } finally {
                nanos = System.nanoTime() - start;
                if (!state.compareAndSet(RUNNING, DONE)) {
                    stuckChanged(-1);  // came back after all: no longer stuck
                }
            }
        }

        /** The caller stops waiting: a decision still running from now on is counted as stuck until it returns. */
        void abandon() {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                stuckChanged(1);
            } else {
                state.compareAndSet(QUEUED, ABANDONED);
            }
        }

        long nanos() {
            return nanos;
        }
    }
}
