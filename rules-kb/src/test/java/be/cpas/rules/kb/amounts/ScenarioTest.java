package be.cpas.rules.kb.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.ScenarioRunner;
import be.cpas.rules.kb.verification.ScenarioRunner.Scenario;
import be.cpas.rules.model.Decision;

/**
 * Runs every scenario file the pack ships ({@code cpas-kb/scenarios/}) with {@link ScenarioRunner}, as the pack
 * verifier does before activating a pack; each scenario with an amount also checks that its calculation sheet
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
    void there_are_scenarios_and_each_states_its_purpose() {
        List<KbFile> all = ScenarioRunner.files(PACK);
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        all.forEach(ScenarioRunner::read);  // throws, naming the file, when a name, dossier or verdict is missing
    }

    private static void run(KbFile file) {
        Scenario scenario = ScenarioRunner.read(file);
        String where = file.path() + " (" + scenario.name() + ")";
        assertThat(ScenarioRunner.differences(AmountFixture.ENGINE, scenario)).as(where).isEmpty();
        if (scenario.expected().monthly() != null || scenario.expected().yearly() != null) {
            Decision decision = AmountFixture.ENGINE.decide(scenario.dossier());
            AmountFixture.assertSheetAddsUp(decision, where);
        }
    }
}
