package be.cpas.rules.kb.verification;

import java.util.ArrayList;
import java.util.List;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.Expectation.Mismatch;
import be.cpas.rules.model.Decision;

/**
 * Runs the scenario files of a pack ({@code scenarios/*.yaml}, see {@link ScenarioFile}): decides each case and
 * compares every expectation with the decision. Used by the pack verifier (a pack is not activated unless its
 * scenarios pass), by {@code cpas scenarios} and by JUnit.
 */
public final class ScenarioRunner {

    public static final String FOLDER = "scenarios/";
    public static final String SUFFIX = ".yaml";

    /** What a case gave: nothing wrong, or each expectation that did not hold. */
    public record CaseResult(String name, List<Mismatch> mismatches) {
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** What a file gave: its cases, or why it could not be read ({@code error}, then no case ran). */
    public record FileResult(String path, String purpose, List<CaseResult> cases, String error) {
        public boolean passed() {
            return error == null && cases.stream().allMatch(CaseResult::passed);
        }
    }

    private ScenarioRunner() {
    }

    /** The scenario files of the pack, sorted by path; its base dossiers are not scenarios. */
    public static List<KbFile> files(KbSource source) {
        return source.files(FOLDER, SUFFIX).stream().filter(ScenarioFile::isScenario).toList();
    }

    /** Every scenario of the pack, decided by the engine. */
    public static ScenarioReport run(RulesEngine engine, KbSource pack) {
        return run(engine, pack, files(pack));
    }

    /** These scenario files, their bases taken from the pack. */
    public static ScenarioReport run(RulesEngine engine, KbSource pack, List<KbFile> files) {
        List<FileResult> results = new ArrayList<>();
        for (KbFile file : files) {
            results.add(run(engine, pack, file));
        }
        return new ScenarioReport(results);
    }

    /** One file; a file that cannot be read is a result with its error, not an exception. */
    public static FileResult run(RulesEngine engine, KbSource pack, KbFile file) {
        ScenarioFile scenario;
        try {
            scenario = ScenarioFile.read(file, pack);
        } catch (ScenarioFile.InvalidScenarioException e) {
            return new FileResult(file.path(), null, List.of(), e.problem());
        }
        return run(engine, scenario);
    }

    public static FileResult run(RulesEngine engine, ScenarioFile scenario) {
        List<CaseResult> cases = new ArrayList<>();
        for (ScenarioFile.Case c : scenario.cases()) {
            RulesEngine caseEngine;
            try {
                caseEngine = c.engine(engine);
            } catch (IllegalArgumentException e) {
                return new FileResult(scenario.path(), scenario.purpose(), List.of(),
                        (c.name() == null ? "" : "case '" + c.name() + "': ") + "parameters: " + e.getMessage());
            }
            cases.add(new CaseResult(c.name(), mismatches(c, caseEngine.decide(c.dossier()))));
        }
        return new FileResult(scenario.path(), scenario.purpose(), List.copyOf(cases), null);
    }

    static List<Mismatch> mismatches(ScenarioFile.Case scenarioCase, Decision decision) {
        return scenarioCase.expectations().stream().flatMap(e -> e.check(decision).stream()).toList();
    }
}
