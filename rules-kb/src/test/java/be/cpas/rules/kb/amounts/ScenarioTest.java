package be.cpas.rules.kb.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.ScenarioFile;
import be.cpas.rules.kb.verification.ScenarioReport;
import be.cpas.rules.kb.verification.ScenarioRunner;
import be.cpas.rules.model.Decision;

/**
 * Runs every scenario file the pack ships ({@code cpas-kb/scenarios/}), one test per file, with
 * {@link ScenarioRunner}, as the pack verifier does before activating a pack; a failure shows the scenario
 * report (each field expected against actual). Each case with an amount also checks that its calculation sheet
 * adds up.
 */
class ScenarioTest {

    private static final KbSource PACK = KbSource.fromClasspath();

    @TestFactory
    Stream<DynamicTest> every_scenario_file() {
        return ScenarioRunner.files(PACK).stream()
                .map(file -> DynamicTest.dynamicTest(file.path(), () -> run(file)));
    }

    @Test
    void there_are_scenarios_on_the_premium_the_competent_cpas_and_the_deadlines_besides_the_amounts() {
        List<ScenarioFile> all = ScenarioRunner.files(PACK).stream().map(file -> ScenarioFile.read(file, PACK)).toList();
        assertThat(all.size()).isGreaterThanOrEqualTo(38);
        List<String> paths = all.stream().flatMap(f -> f.cases().stream()).flatMap(c -> c.expectations().stream())
                .map(e -> e.path()).toList();
        assertThat(paths).anyMatch(p -> p.equals("premium.amount")).anyMatch(p -> p.equals("competentCpas.commune"))
                .anyMatch(p -> p.equals("deadlines.DECISION_DUE")).anyMatch(p -> p.equals("deadlines.NOTIFICATION_DUE"));
    }

    private static void run(KbFile file) {
        ScenarioFile scenario = ScenarioFile.read(file, PACK);
        ScenarioReport report = new ScenarioReport(List.of(ScenarioRunner.run(AmountFixture.ENGINE, scenario)));
        assertThat(report.passed()).as(report.text()).isTrue();
        for (ScenarioFile.Case scenarioCase : scenario.cases()) {
            Decision decision = AmountFixture.ENGINE.decide(scenarioCase.dossier());
            if (decision.amount() != null) {
                AmountFixture.assertSheetAddsUp(decision, file.path() + (scenarioCase.name() == null ? "" : " " + scenarioCase.name()));
            }
        }
    }
}
