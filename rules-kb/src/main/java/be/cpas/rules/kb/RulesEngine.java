package be.cpas.rules.kb;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.cpas.rules.kb.batch.LeanDecision;
import be.cpas.rules.kb.facts.ConditionToDecide;
import be.cpas.rules.kb.facts.Scheme;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.parameters.ParameterCatalogue;
import be.cpas.rules.kb.parameters.ParameterOverride;
import be.cpas.rules.kb.parameters.ResolvedParameters;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.ConditionDescription;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;

/**
 * The knowledge base as a library: builds the KieBase once from the DRL files, then for each dossier
 * resolves the parameters in force at the date of the request, inserts them with the dossier's facts
 * into a fresh session, runs the rules and returns the decision. Thread-safe.
 */
public final class RulesEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RulesEngine.class);

    /** How the rules were compiled. */
    public enum Compilation {
        /** Loaded from the classes the build generated for this exact pack, which the build also verified. */
        BUILD_TIME_EXECUTABLE_MODEL("build-time executable model"),
        RUN_TIME_MVEL("run-time MVEL"),
        RUN_TIME_EXECUTABLE_MODEL("run-time executable model");

        private final String description;

        Compilation(String description) {
            this.description = description;
        }

        /** E.g. "build-time executable model". */
        public String description() {
            return description;
        }
    }

    /** A rule base that loops is a defect; stop well before it hurts the service. */
    private static final int MAX_RULE_FIRINGS = 100_000;

    /**
     * The agenda group (DRL `ruleflow-group`) of the rules that only write a decision's notice (deadlines, mentions):
     * fired after the rules of the law for a full decision, left out of a lean one, which has no notice.
     */
    static final String NOTICE_RULES = "notice";

    /** The bundled pack's engine, loaded once: every caller of {@link #from} with its exact files shares it (it is immutable). */
    private static final AtomicReference<CompletableFuture<RulesEngine>> BUNDLED_PACK = new AtomicReference<>();

    /** Sessions are reset and reused: building a session's network memory costs more than deciding a dossier. */
    private final KieSessionsPool sessions;
    private final ParameterReading parameterReading;
    private final List<ConditionToDecide> risConditions;
    private final ParameterCatalogue parameters;
    /** The catalogue as the pack writes it, from which overridden ones are built. */
    private final ParameterCatalogue knowledgeBaseParameters;
    private final Messages messages;
    private final String rulesVersion;
    private final String origin;
    private final Duration timeLimit;
    private final Compilation compilation;
    /** The DRL file of each rule, by name, for the trace. */
    private final Map<String, String> ruleFiles;

    private RulesEngine(KieSessionsPool sessions, ParameterReading parameterReading, List<ConditionToDecide> risConditions,
            ParameterCatalogue parameters, ParameterCatalogue knowledgeBaseParameters, Messages messages, String rulesVersion,
            String origin, Duration timeLimit, Compilation compilation, Map<String, String> ruleFiles) {
        this.sessions = sessions;
        this.parameterReading = parameterReading;
        this.risConditions = risConditions;
        this.parameters = parameters;
        this.knowledgeBaseParameters = knowledgeBaseParameters;
        this.messages = messages;
        this.rulesVersion = rulesVersion;
        this.origin = origin;
        this.timeLimit = timeLimit;
        this.compilation = compilation;
        this.ruleFiles = ruleFiles;
    }

    /** The knowledge base packaged with this library. */
    public static RulesEngine fromClasspath() {
        return from(KbSource.fromClasspath(RulesEngine.class.getClassLoader()));
    }

    /**
     * A knowledge base read from elsewhere, e.g. an analyst's working copy of the rules and parameters. When its files
     * are exactly those the library's build compiled the executable model from (the bundled pack), that model is
     * loaded ({@link Compilation#BUILD_TIME_EXECUTABLE_MODEL}); otherwise the DRL is compiled now, with MVEL.
     */
    public static RulesEngine from(KbSource source) {
        ClassLoader loader = RulesEngine.class.getClassLoader();
        return PrebuiltModel.matching(source, loader)
                .map(model -> bundledPack(source, model, loader).withOrigin(source.origin()))
                .orElseGet(() -> from(source, DrlProject.class));
    }

    private static RulesEngine bundledPack(KbSource source, PrebuiltModel model, ClassLoader loader) {
        CompletableFuture<RulesEngine> mine = new CompletableFuture<>();
        CompletableFuture<RulesEngine> loading = BUNDLED_PACK.compareAndExchange(null, mine);
        if (loading != null) {
            return joined(loading);
        }
        try {
            mine.complete(fromPrebuilt(source, model, loader));
        } catch (RuntimeException | Error e) {
            BUNDLED_PACK.set(null);  // the next caller tries again
            mine.completeExceptionally(e);
        }
        return joined(mine);
    }

    private RulesEngine withOrigin(String newOrigin) {
        return newOrigin.equals(origin) ? this : new RulesEngine(sessions, parameterReading, risConditions, parameters, knowledgeBaseParameters,
                messages, rulesVersion, newOrigin, timeLimit, compilation, ruleFiles);
    }

    /**
     * The knowledge base compiled now as the given kind of Drools project: {@code DrlProject} (MVEL) or
     * {@code ExecutableModelProject} (drools-model-codegen on the class path), which must decide alike.
     */
    public static RulesEngine from(KbSource source, Class<? extends KieBuilder.ProjectType> projectType) {
        Compilation compilation = projectType == DrlProject.class ? Compilation.RUN_TIME_MVEL : Compilation.RUN_TIME_EXECUTABLE_MODEL;
        return assemble(source, () -> buildKieBase(source, projectType), compilation, RuleFiles.of(source));
    }

    /** The engine on the rule classes the build generated from this pack (same content hash). */
    static RulesEngine fromPrebuilt(KbSource source, PrebuiltModel model, ClassLoader loader) {
        return assemble(source, () -> model.kieBase(loader), Compilation.BUILD_TIME_EXECUTABLE_MODEL, model.ruleFiles());
    }

    /** What an engine reads from the pack besides its rules, and how long reading took. */
    private record PackData(ParameterCatalogue parameters, Messages messages, String rulesVersion, long parametersMillis,
            long messagesMillis, long versionMillis) {

        static PackData load(KbSource source) {
            long start = System.nanoTime();
            ParameterCatalogue parameters = ParameterCatalogue.load(source);
            long parametersLoaded = System.nanoTime();
            Messages messages = Messages.load(source);
            long messagesLoaded = System.nanoTime();
            String rulesVersion = EngineBuild.versionOf(source.contentHash());
            return new PackData(parameters, messages, rulesVersion, (parametersLoaded - start) / 1_000_000,
                    (messagesLoaded - parametersLoaded) / 1_000_000, millisSince(messagesLoaded));
        }
    }

    /**
     * Builds or loads the rules while the pack's parameters and messages are read on another thread: at start both
     * are on the way to ready. A failure to compile is reported before one of the other files.
     */
    private static RulesEngine assemble(KbSource source, Supplier<KieBase> rules, Compilation compilation, Map<String, String> ruleFiles) {
        long start = System.nanoTime();
        CompletableFuture<PackData> data = CompletableFuture.supplyAsync(() -> PackData.load(source));
        KieBase kieBase = rules.get();
        long rulesReady = System.nanoTime();
        KieSessionsPool sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        ParameterReading parameterReading = ParameterReading.of(kieBase);
        List<ConditionToDecide> conditions = declaredConditions(kieBase, parameterReading, Scheme.RIS);
        long conditionsRead = System.nanoTime();
        PackData pack = joined(data);
        LOG.info("Engine of {} in {} ms: rules {} ({}) in {} ms, then declared conditions {} ms; meanwhile parameters {} ms, "
                + "messages {} ms, rules version {} ms", source.origin(), millisSince(start), compilation == Compilation.BUILD_TIME_EXECUTABLE_MODEL
                        ? "loaded" : "compiled", compilation.description(), (rulesReady - start) / 1_000_000,
                (conditionsRead - rulesReady) / 1_000_000, pack.parametersMillis(), pack.messagesMillis(), pack.versionMillis());
        return new RulesEngine(sessions, parameterReading, conditions, pack.parameters(), pack.parameters(), pack.messages(), pack.rulesVersion(),
                source.origin(), DecisionTimeLimit.DEFAULT, compilation, ruleFiles);
    }

    /** The task's result, or its own exception (a file that does not load names itself), not a wrapper. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The same compiled rules deciding with analysts' values in place of the knowledge base's (a what-if, a reform):
     * replaces any overrides this engine already applies. Nothing is recompiled.
     *
     * @throws IllegalArgumentException naming an unknown parameter or a value that cannot apply
     */
    public RulesEngine withOverrides(List<ParameterOverride> overrides) {
        return new RulesEngine(sessions, parameterReading, risConditions, knowledgeBaseParameters.withOverrides(overrides), knowledgeBaseParameters,
                messages, rulesVersion, origin, timeLimit, compilation, ruleFiles);
    }

    /**
     * Whether this pack's rules read each parameter as a {@code ParameterValue( name == "x.y" )} fact, as packs written
     * before the global {@code parameters} did: such a pack is given one fact per parameter and decides as it did.
     */
    public boolean readsParametersAsFacts() {
        return parameterReading == ParameterReading.FACTS;
    }

    /** The analysts' values this engine decides with; empty when it applies the knowledge base as written. */
    public List<ParameterOverride> overrides() {
        return parameters.overrides();
    }

    /** The same engine, whose rules are halted after the limit on one dossier ({@link DecisionTimeoutException}). */
    public RulesEngine withTimeLimit(Duration limit) {
        return new RulesEngine(sessions, parameterReading, risConditions, parameters, knowledgeBaseParameters, messages, rulesVersion,
                origin, limit, compilation, ruleFiles);
    }

    private static KieBase buildKieBase(KbSource source, Class<? extends KieBuilder.ProjectType> projectType) {
        KieBuilder builder = compile(source, projectType);
        return KieServices.Factory.get().newKieContainer(builder.getKieModule().getReleaseId(), RulesEngine.class.getClassLoader())
                .getKieBase();
    }

    /** Compiles the pack's DRL files as a Drools project of the given type; the build's model generator reads the result. */
    static KieBuilder compile(KbSource source, Class<? extends KieBuilder.ProjectType> projectType) {
        List<KbFile> drlFiles = source.files("rules/", ".drl");
        if (drlFiles.isEmpty()) {
            throw new KnowledgeBaseException("No DRL file under rules/ in " + source.origin());
        }
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("be.cpas.rules", "cpas-kb", "1.0.0-" + source.contentHash().substring(0, 16));
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (KbFile drl : drlFiles) {
            // The folder matches the DRL package (cpas.ris), as the compiler expects.
            files.write("src/main/resources/cpas/ris/" + RuleFiles.fileName(drl), drl.content());
        }
        KieBuilder builder = services.newKieBuilder(files, RulesEngine.class.getClassLoader()).buildAll(projectType);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new KnowledgeBaseException("The rules do not compile:\n" + errors.stream()
                    .map(m -> m.getPath() + ":" + m.getLine() + " " + m.getText())
                    .collect(Collectors.joining("\n")));
        }
        return builder;
    }

    public Decision decide(Dossier dossier) {
        return decide(dossier, Locale.forLanguageTag(Messages.DEFAULT_LANGUAGE));
    }

    /**
     * Decides a dossier with the law in force at its request date.
     *
     * @throws be.cpas.rules.kb.parameters.DateOutOfRangeException when the date is before the first known amounts
     * @throws DecisionTimeoutException when the rules still fire at the time limit ({@link #withTimeLimit}): halted
     */
    public Decision decide(Dossier dossier, Locale locale) {
        return decide(dossier, locale, false);
    }

    /**
     * Decides a dossier with the law in force at its request date; with {@code withTrace}, the decision also
     * lists every rule that fired, in order, with what it read and concluded.
     *
     * @throws be.cpas.rules.kb.parameters.DateOutOfRangeException when the date is before the first known amounts
     */
    public Decision decide(Dossier dossier, Locale locale, boolean withTrace) {
        ResolvedParameters inForce = parameters.resolveAt(dossier.requestDate());
        DecisionRecorder recorder = new DecisionRecorder(withTrace);
        return fired(dossier, inForce, recorder, List.of(NOTICE_RULES), concluded -> new DecisionAssembler(messages,
                messages.languageFor(locale), inForce, rulesVersion, concluded, recorder)
                .assemble(dossier, withTrace ? TraceWriter.trace(recorder, ruleFiles) : null));
    }

    /**
     * Decides a dossier as {@link #decide} does, for machines: verdicts, outcomes and amounts as {@link LeanDecision#of}
     * reads them from a full decision, without writing a text, a calculation sheet or the provenance of the figures.
     *
     * @throws be.cpas.rules.kb.parameters.DateOutOfRangeException when the date is before the first known amounts
     */
    public LeanDecision decideLean(Dossier dossier) {
        return fired(dossier, parameters.resolveAt(dossier.requestDate()), null, List.of(), concluded -> concluded.lean(dossier));
    }

    /**
     * Runs the rules on the dossier and the parameters in force (noted by the recorder, if any), then the groups named
     * (the notice rules for a full decision), and reads what they concluded.
     */
    private <T> T fired(Dossier dossier, ResolvedParameters inForce, DecisionRecorder recorder, List<String> thenGroups,
            Function<ConcludedFacts, T> reading) {
        KieSession session = sessions.newKieSession();
        SegmentListReset.installOn(session);
        IdentityFactStore.installOn(session);
        try {
            if (recorder != null) {
                session.addEventListener((AgendaEventListener) recorder);
                session.addEventListener((RuleRuntimeEventListener) recorder);
            }
            DossierFacts.insert(session, dossier);
            parameterReading.give(session, parameters, inForce);
            int fired = DecisionTimeLimit.fireAllRules(session, MAX_RULE_FIRINGS, timeLimit, thenGroups);
            if (fired >= MAX_RULE_FIRINGS) {
                throw new KnowledgeBaseException("The rules fired " + fired + " times on one dossier: they loop");
            }
            return reading.apply(new ConcludedFacts(session));
        } finally {
            if (recorder != null) {
                session.removeEventListener((AgendaEventListener) recorder);
                session.removeEventListener((RuleRuntimeEventListener) recorder);
            }
            session.dispose();
        }
    }

    /** The conditions of the RIS (art 3 L) with their titles and legal references, as the knowledge base declares them. */
    public List<ConditionDescription> conditions(Locale locale) {
        String language = messages.languageFor(locale);
        return risConditions.stream()
                .map(c -> new ConditionDescription(c.condition(), messages.text(language, "condition." + c.condition(), List.of()),
                        c.legalReference()))
                .toList();
    }

    /** The conditions the DRL files declare unconditionally, read from a session given no fact. */
    private static List<ConditionToDecide> declaredConditions(KieBase kieBase, ParameterReading parameterReading, String scheme) {
        KieSession session = kieBase.newKieSession();
        try {
            parameterReading.giveNone(session);
            session.fireAllRules(MAX_RULE_FIRINGS);
            return session.getObjects(new ClassObjectFilter(ConditionToDecide.class)).stream()
                    .map(ConditionToDecide.class::cast)
                    .filter(c -> c.scheme().equals(scheme))
                    .sorted(Comparator.comparingInt(ConditionToDecide::order).thenComparing(ConditionToDecide::condition))
                    .toList();
        } finally {
            session.dispose();
        }
    }

    /**
     * Identifies what decides: a hash of the DRL, parameter, message and scenario files this engine was built from
     * and of the engine build ({@link EngineBuild#current()}).
     */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** How the rules were compiled: at build time for the bundled pack, at run time for any other. */
    public Compilation compilation() {
        return compilation;
    }

    /** Where the rules were read from: the packaged knowledge base or a folder. */
    public String origin() {
        return origin;
    }

    public Set<String> languages() {
        return messages.languages();
    }

    public Messages messages() {
        return messages;
    }

    public ParameterCatalogue parameters() {
        return parameters;
    }
}
