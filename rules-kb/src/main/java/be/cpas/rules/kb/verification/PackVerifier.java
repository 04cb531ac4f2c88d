package be.cpas.rules.kb.verification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.KnowledgeBaseException;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.parameters.ParameterCatalogue;
import be.cpas.rules.kb.parameters.ParameterDefinition;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Decision;

/**
 * Decides whether a rule pack may answer: a pack is activated only after it has proved itself. It must
 * <ol>
 * <li>compile, and its parameter and message files must load;</li>
 * <li>give every parameter a rule reads ({@code ParameterValue( ... ) from parameters.named("x.y")}, or
 *     {@code ParameterValue( name == "x.y" )} in a pack written before the global {@code parameters}) a file, and
 *     read them one way only (a pack that declares the global is given no {@code ParameterValue} fact);</li>
 * <li>bring every indexed amount up to the last indexation step the pack knows (a removed latest row would
 *     silently lower that amount);</li>
 * <li>have every message key in every language, and no decision of its scenarios may show a key instead of a text;</li>
 * <li>pass its own scenario files ({@code scenarios/*.yaml}), each within a time limit, so that a rule that
 *     loops, even in a consequence's Java code, is caught here rather than in production.</li>
 * </ol>
 * Each problem names the file, and the line where it is known.
 */
public final class PackVerifier {

    /** The languages every pack must speak: the applicant's, the social worker's. */
    public static final List<String> LANGUAGES = List.of("fr", "nl", "de");

    private static final Pattern PARAMETER_READ = Pattern.compile("parameters\\.named\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern PARAMETER_READ_AS_FACT = Pattern.compile("ParameterValue\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"\\s*[,)]");
    /** How {@link Messages#text} shows a key it has no text for: "[reason.AGE_ADULT]". */
    private static final Pattern UNRESOLVED_KEY = Pattern.compile("^\\[[a-z][A-Za-z]*\\.[A-Za-z0-9_.]+\\].*", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** One reason to refuse a pack: where (file, or file:line) and what. */
    public record Problem(String where, String reason) {
        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }

    /** The engine built from the pack, usable only when there is no problem. */
    public record Verdict(RulesEngine engine, List<Problem> problems) {
        public boolean accepted() {
            return engine != null && problems.isEmpty();
        }
    }

    private PackVerifier() {
    }

    /**
     * Builds and checks the pack; each decision of its scenarios must finish within the time limit. The bundled pack,
     * when its files are exactly those the build compiled and verified ({@link RulesEngine.Compilation#BUILD_TIME_EXECUTABLE_MODEL}),
     * is accepted without running the checks again: the build ran every one of them on the same files with the same
     * engine code and the same rule classes, and refused to package a pack that failed.
     */
    public static Verdict verify(KbSource source, Duration timeLimit) {
        RulesEngine engine;
        try {
            engine = RulesEngine.from(source).withTimeLimit(timeLimit);
        } catch (RuntimeException e) {
            return new Verdict(null, buildProblems(e));
        }
        if (engine.compilation() == RulesEngine.Compilation.BUILD_TIME_EXECUTABLE_MODEL) {
            return new Verdict(engine, List.of());
        }
        return check(source, engine, timeLimit);
    }

    /** Runs every check on an engine built from the pack (the build's own verification of its prebuilt model). */
    public static Verdict check(KbSource source, RulesEngine engine, Duration timeLimit) {
        List<Problem> problems = new ArrayList<>();
        parametersRead(source, engine, problems);
        indexationReached(engine.parameters(), problems);
        messagesInEveryLanguage(engine.messages(), problems);
        scenarios(source, engine.withTimeLimit(timeLimit), timeLimit, problems);
        return new Verdict(engine, List.copyOf(problems));
    }

    /** The compiler gives "path:line text" lines; the loaders one message naming the file. */
    private static List<Problem> buildProblems(RuntimeException e) {
        List<Problem> problems = new ArrayList<>();
        Matcher compileError = Pattern.compile("(?m)^(\\S+\\.drl):(-?\\d+) (.*)$").matcher(String.valueOf(e.getMessage()));
        while (compileError.find()) {
            String file = compileError.group(1).replaceFirst("^(src/main/resources/)?cpas/ris/", "rules/");
            problems.add(new Problem(file + ":" + compileError.group(2), compileError.group(3)));
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("pack", String.valueOf(e.getMessage())));
        }
        return problems;
    }

    private static void parametersRead(KbSource source, RulesEngine engine, List<Problem> problems) {
        ParameterCatalogue parameters = engine.parameters();
        for (KbFile drl : source.files("rules/", ".drl")) {
            String[] lines = drl.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String where = drl.path() + ":" + (i + 1);
                Matcher asFact = PARAMETER_READ_AS_FACT.matcher(lines[i]);
                while (asFact.find()) {
                    requireFile(asFact.group(1), parameters, where, problems);
                    if (!engine.readsParametersAsFacts()) {
                        problems.add(new Problem(where, "reads the parameter '" + asFact.group(1) + "' as a fact, which this pack "
                                + "(it declares the global parameters) never has: write ParameterValue( ... ) from parameters.named(\""
                                + asFact.group(1) + "\")"));
                    }
                }
                Matcher read = PARAMETER_READ.matcher(lines[i]);
                while (read.find()) {
                    requireFile(read.group(1), parameters, where, problems);
                }
            }
        }
    }

    private static void requireFile(String name, ParameterCatalogue parameters, String where, List<Problem> problems) {
        if (parameters.definition(name).isEmpty()) {
            problems.add(new Problem(where, "reads the parameter '" + name
                    + "', which has no file " + ParameterCatalogue.FOLDER + name.replace('.', '/') + ParameterCatalogue.SUFFIX));
        }
    }

    private static void indexationReached(ParameterCatalogue parameters, List<Problem> problems) {
        for (ParameterDefinition definition : parameters.definitions()) {
            if (definition.indexed() && definition.lastChange().isBefore(parameters.lastKnownChange())) {
                problems.add(new Problem(ParameterCatalogue.FOLDER + definition.name().replace('.', '/') + ParameterCatalogue.SUFFIX,
                        "an indexed amount whose last value is from " + definition.lastChange() + ", while the pack's last "
                                + "indexation step is " + parameters.lastKnownChange() + ": the value of that step is missing"));
            }
        }
    }

    private static void messagesInEveryLanguage(Messages messages, List<Problem> problems) {
        Set<String> allKeys = new TreeSet<>();
        LANGUAGES.forEach(language -> allKeys.addAll(messages.keys(language)));
        for (String language : LANGUAGES) {
            String file = "messages/messages_" + language + ".properties";
            if (!messages.languages().contains(language)) {
                problems.add(new Problem(file, "missing: the pack must have texts in " + LANGUAGES));
                continue;
            }
            for (String key : allKeys) {
                if (!messages.has(language, key)) {
                    problems.add(new Problem(file, "no text for the key '" + key + "', which another language has"));
                }
            }
        }
    }

    private static void scenarios(KbSource source, RulesEngine engine, Duration timeLimit, List<Problem> problems) {
        List<KbFile> files = ScenarioRunner.files(source);
        if (files.isEmpty()) {
            problems.add(new Problem(ScenarioRunner.FOLDER, "the pack has no scenario: nothing shows that its rules give what the law gives"));
            return;
        }
        // Its own daemon thread: a consequence that never returns is abandoned there, not waited for.
        ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "pack-verifier");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (KbFile file : files) {
                ScenarioFile scenario;
                try {
                    scenario = ScenarioFile.read(file, source);
                } catch (ScenarioFile.InvalidScenarioException e) {
                    problems.add(new Problem(file.path(), e.problem()));
                    continue;
                }
                Future<List<Problem>> run = runner.submit(() -> scenario(engine, scenario));
                long decisions = (long) scenario.cases().size() * (LANGUAGES.size() + 1);
                try {
                    problems.addAll(run.get(timeLimit.toMillis() * decisions, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    problems.add(new Problem(file.path(), "the rules did not decide this scenario within the time limit of "
                            + timeLimit.toMillis() + " ms per decision: a consequence loops"));
                    return;  // the only verifier thread is stuck in that consequence
                } catch (ExecutionException e) {
                    problems.add(new Problem(file.path(), String.valueOf(e.getCause().getMessage())));
                    if (e.getCause() instanceof KnowledgeBaseException) {
                        return;  // rules that loop or were halted: every other scenario would wait as long to say so
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problems.add(new Problem(file.path(), "verification interrupted"));
                    return;
                }
            }
        } finally {
            runner.shutdownNow();
        }
    }

    /**
     * The scenario's expectations in the default language, each failing one named by file, case and field; and
     * no unresolved message key in any language.
     */
    private static List<Problem> scenario(RulesEngine engine, ScenarioFile scenario) {
        List<Problem> problems = new ArrayList<>();
        ScenarioRunner.FileResult run = ScenarioRunner.run(engine, scenario);
        if (run.error() != null) {
            return List.of(new Problem(scenario.path(), run.error()));
        }
        for (ScenarioRunner.CaseResult result : run.cases()) {
            String where = scenario.path() + (result.name() == null ? "" : " (case '" + result.name() + "')");
            result.mismatches().forEach(mismatch -> problems.add(new Problem(where, mismatch.toString())));
        }
        for (ScenarioFile.Case scenarioCase : scenario.cases()) {
            for (String language : LANGUAGES) {
                Decision decision = scenarioCase.engine(engine).decide(scenarioCase.dossier(), Locale.forLanguageTag(language));
                unresolvedKeys(JSON.valueToTree(decision), new TreeSet<>()).forEach(key -> problems.add(
                        new Problem(scenario.path(), "the decision in '" + language + "' shows " + key + " instead of a text")));
            }
        }
        return problems;
    }

    private static Set<String> unresolvedKeys(JsonNode node, Set<String> found) {
        if (node.isTextual() && UNRESOLVED_KEY.matcher(node.textValue()).matches()) {
            found.add(node.textValue().substring(0, node.textValue().indexOf(']') + 1));
        }
        node.forEach(child -> unresolvedKeys(child, found));
        return found;
    }
}
