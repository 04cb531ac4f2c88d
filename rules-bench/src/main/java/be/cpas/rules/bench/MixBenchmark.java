package be.cpas.rules.bench;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.kb.parameters.ParametersInForce;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.HouseholdMember;

/**
 * Decisions on the generated mix ({@link DossierGenerator}, seed 1: 4 096 dossiers decided in turn by each thread),
 * against floors measured in the same run on the same dossiers:
 * <ul>
 * <li>{@link #jacksonFloor}: reading the dossier from its JSON and writing its decision as JSON, what the service
 *     adds around a decision at the least;</li>
 * <li>{@link #oneRuleFloor}: a KieBase of one rule, taken from a session pool like the engine's, given the same facts
 *     (the dossier, its parts, its resources and household members; the parameters in force are a global, not facts),
 *     fired and reset: what Drools costs before any law;</li>
 * <li>{@link #firingChainFloor}: the same facts given to a chain of as many rules as a decision fires, each
 *     inserting one fact: what Drools costs to fire that many rules, before any law;</li>
 * <li>{@link #noDossierFloor}: a session of the engine's own pool (the bundled rule base) given no dossier, its
 *     rules fired (those that need no fact: the conditions each scheme declares) and reset: what the size of this
 *     rule base costs per decision before any dossier.</li>
 * </ul>
 * {@link #decideMixParallelGc} decides the same mix in a JVM with the parallel collector.
 * Steady state takes about 100 000 decisions (20-30 s on the 2 shared cores): 8 warm-up iterations of 5 s. Run with
 * {@code -t 1} and {@code -t 2} (all cores); {@code -wi 0 -i 20 -r 2} prints the warm-up curve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 3)
public class MixBenchmark {

    private static final int MIX_SIZE = 4_096;
    private static final String ONE_RULE = """
            package floor;
            import be.cpas.rules.model.Dossier;
            rule "one rule" when Dossier() then end
            """;
    /** As many firings as a full decision of the mix fires on average (57, counted from the decisions' traces). */
    private static final int CHAIN_LENGTH = 57;

    private RulesEngine engine;
    private Dossier[] mix;
    private String[] mixJson;
    private Decision[] decisions;
    private List<List<Object>> facts;
    private KieSessionsPool oneRuleSessions;
    private KieSessionsPool chainSessions;
    private KieSessionsPool engineSessions;
    private ObjectMapper json;

    /** Each thread walks the mix from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().getId() * 977 % MIX_SIZE);
        }

        int next() {
            next = (next + 1) & (MIX_SIZE - 1);
            return next;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws JsonProcessingException {
        engine = RulesEngine.fromClasspath();
        json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mix = new DossierGenerator(1).stream(MIX_SIZE).toArray(Dossier[]::new);
        mixJson = new String[MIX_SIZE];
        decisions = new Decision[MIX_SIZE];
        facts = new ArrayList<>();
        for (int i = 0; i < MIX_SIZE; i++) {
            mixJson[i] = json.writeValueAsString(mix[i]);
            decisions[i] = engine.decide(mix[i]);
            facts.add(factsOf(mix[i]));
        }
        oneRuleSessions = kieBaseOf(ONE_RULE).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        chainSessions = kieBaseOf(chainOfRules(CHAIN_LENGTH)).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        engineSessions = sessionsOf(engine);
    }

    @Benchmark
    public Decision decideMix(Cursor cursor) {
        return engine.decide(mix[cursor.next()]);
    }

    /**
     * The same decisions in a JVM running the parallel collector instead of the default (G1 on a machine of 2 cores
     * or more): the collector is a choice of the launch command, measured here so that it is made on figures.
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
    public Decision decideMixParallelGc(Cursor cursor) {
        return engine.decide(mix[cursor.next()]);
    }

    @Benchmark
    public String jacksonFloor(Cursor cursor) throws JsonProcessingException {
        int i = cursor.next();
        Dossier read = json.readValue(mixJson[i], Dossier.class);
        return json.writeValueAsString(decisions[i]) + read.hashCode();
    }

    @Benchmark
    public int oneRuleFloor(Cursor cursor) {
        return firedOn(oneRuleSessions, facts.get(cursor.next()));
    }

    /**
     * The same facts given to a chain of {@link #CHAIN_LENGTH} rules, each matching the step the one before inserted
     * and inserting the next: the least Drools costs to fire as many rules as a decision does, before any join, any
     * truth maintenance or any consequence beyond one insert.
     */
    @Benchmark
    public int firingChainFloor(Cursor cursor) {
        return firedOn(chainSessions, facts.get(cursor.next()));
    }

    /** A session of the pool given the facts, fired and given back (reset): as the engine uses its own. */
    private static int firedOn(KieSessionsPool sessions, List<Object> dossierFacts) {
        KieSession session = sessions.newKieSession();
        try {
            dossierFacts.forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    @Benchmark
    public int noDossierFloor() {
        KieSession session = engineSessions.newKieSession();
        try {
            session.setGlobal("parameters", ParametersInForce.NONE);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** The facts the engine inserts for a dossier, about as many: its parts and its lists' items. */
    private List<Object> factsOf(Dossier dossier) {
        List<Object> all = new ArrayList<>();
        all.add(dossier);
        for (Object part : new Object[] {dossier.applicant(), dossier.residence(), dossier.workAvailability(),
            dossier.otherRights(), dossier.capital(), dossier.cpasChoices(), dossier.legalAssumptions(),
            dossier.installationPremium(), dossier.competence(), dossier.procedure()}) {
            if (part != null) {
                all.add(part);
            }
        }
        if (dossier.resources() != null) {
            all.addAll(dossier.resources());
        }
        if (dossier.household() != null) {
            for (HouseholdMember member : dossier.household()) {
                all.add(member);
                if (member.resources() != null) {
                    all.addAll(member.resources());
                }
            }
        }
        if (dossier.properties() != null) {
            all.addAll(dossier.properties());
        }
        return all;
    }

    /**
     * The engine's pool of sessions, read by reflection: the library keeps it to itself, and a benchmark must measure
     * the very sessions the decisions run on (after the decisions of the set-up, with every node memory they created).
     */
    private static KieSessionsPool sessionsOf(RulesEngine engine) {
        try {
            Field sessions = RulesEngine.class.getDeclaredField("sessions");
            sessions.setAccessible(true);
            return (KieSessionsPool) sessions.get(engine);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RulesEngine no longer keeps its session pool in a field named sessions", e);
        }
    }

    /** Rule 0 matches the dossier and inserts step 1; rule n matches step n and inserts step n + 1, up to the length. */
    private static String chainOfRules(int length) {
        StringBuilder drl = new StringBuilder("""
                package floor;
                import be.cpas.rules.model.Dossier;
                declare Step
                    number : int
                end
                rule "step 0" when Dossier() then insert(new Step(1)); end
                """);
        for (int step = 1; step < length; step++) {
            drl.append("rule \"step ").append(step).append("\" when Step( number == ").append(step)
                    .append(" ) then insert(new Step(").append(step + 1).append(")); end\n");
        }
        return drl.toString();
    }

    private static KieBase kieBaseOf(String drl) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("be.cpas.rules", "floor", "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/floor/floor.drl", drl);
        KieBuilder builder = services.newKieBuilder(files, MixBenchmark.class.getClassLoader()).buildAll();
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        return services.newKieContainer(releaseId, MixBenchmark.class.getClassLoader()).getKieBase();
    }
}
