package be.cpas.rules.api;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.model.ConditionDescription;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs the engine for the HTTP layer and measures it. Logs only what is not personal: verdict, route,
 * rules version, language and duration; never the dossier or anything from it.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    @Inject
    RulesEngineHolder holder;

    @Inject
    MeterRegistry registry;

    private Timer decisionTimer;

    @PostConstruct
    void createMeters() {
        decisionTimer = Timer.builder("cpas.decision")
                .description("Time the rules engine took to decide one dossier")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** @param trace also list the rules that fired, with what they read and concluded */
    public Decision decide(Dossier dossier, String language, boolean trace) {
        RulesEngine engine = holder.engine().orElseThrow(EngineNotReadyException::new);
        long start = System.nanoTime();
        Decision decision = engine.decide(dossier, Locale.forLanguageTag(language), trace);
        long nanos = System.nanoTime() - start;
        decisionTimer.record(nanos, TimeUnit.NANOSECONDS);
        String verdict = String.valueOf(decision.verdict());
        String route = decision.route() == null ? "null" : String.valueOf(decision.route().route());
        Counter.builder("cpas.decisions")
                .description("Decisions made, by verdict and route")
                .tag("verdict", verdict)
                .tag("route", route)
                .register(registry)
                .increment();
        LOG.infof("Decision verdict=%s route=%s rulesVersion=%s language=%s durationMs=%.1f",
                verdict, route, decision.rulesVersion(), decision.language(), nanos / 1e6);
        return decision;
    }

    public List<ConditionDescription> conditions(String language) {
        return holder.engine().orElseThrow(EngineNotReadyException::new).conditions(Locale.forLanguageTag(language));
    }
}
