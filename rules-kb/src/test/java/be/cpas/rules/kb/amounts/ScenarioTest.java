package be.cpas.rules.kb.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * Runs every scenario file of {@code src/test/resources/scenarios/}: a sentence of purpose, a full dossier and
 * the expected verdict, route, category and amount (OpenFisca-style tests an analyst can write). Each
 * scenario with an amount also checks that its calculation sheet adds up.
 */
class ScenarioTest {

    /** What a scenario file expects; absent optional fields are not checked. */
    record Expected(Verdict verdict, Route route, Category category, BigDecimal monthly, BigDecimal yearly,
                    Boolean noAmount, Map<String, Outcome> conditions, List<String> factsToVerify, List<String> notices) {
    }

    record Scenario(String name, Dossier dossier, Expected expected) {
    }

    static Path folder() throws URISyntaxException {
        return Path.of(ScenarioTest.class.getClassLoader().getResource("scenarios").toURI());
    }

    static Stream<Path> files() throws IOException, URISyntaxException {
        return Files.list(folder()).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    static Scenario read(Path file) {
        try {
            return TestDossiers.YAML.readValue(file.toFile(), Scenario.class);
        } catch (IOException e) {
            throw new AssertionError(file.getFileName() + " is not a valid scenario: " + e.getMessage(), e);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_scenario_file() throws IOException, URISyntaxException {
        return files().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
    }

    @Test
    void there_are_scenarios_and_each_states_its_purpose() throws IOException, URISyntaxException {
        List<Path> all = files().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        for (Path file : all) {
            Scenario scenario = read(file);
            assertThat(scenario.name()).as(file.getFileName() + ": name").isNotBlank();
            assertThat(scenario.expected()).as(file.getFileName() + ": expected").isNotNull();
            assertThat(scenario.expected().verdict()).as(file.getFileName() + ": expected verdict").isNotNull();
        }
    }

    private static void run(Path file) {
        Scenario scenario = read(file);
        String where = file.getFileName() + " (" + scenario.name() + ")";
        Expected expected = scenario.expected();
        Decision decision = AmountFixture.ENGINE.decide(scenario.dossier());

        assertThat(decision.verdict()).as(where + ": verdict; conditions " + decision.conditions()).isEqualTo(expected.verdict());
        if (expected.route() != null) {
            assertThat(decision.route().route()).as(where + ": route").isEqualTo(expected.route());
        }
        assertThat(decision.category().category()).as(where + ": category " + decision.category()).isEqualTo(expected.category());
        if (Boolean.TRUE.equals(expected.noAmount())) {
            assertThat(decision.amount()).as(where + ": no amount").isNull();
            assertThat(decision.calculationSheet()).as(where + ": no sheet").isEmpty();
        }
        if (expected.monthly() != null || expected.yearly() != null) {
            assertThat(decision.amount()).as(where + ": amount; resources " + AmountFixture.condition(decision, "RESOURCES")).isNotNull();
            assertThat(decision.amount().monthly()).as(where + ": monthly").isEqualByComparingTo(expected.monthly());
            assertThat(decision.amount().yearly()).as(where + ": yearly").isEqualByComparingTo(expected.yearly());
            AmountFixture.assertSheetAddsUp(decision, where);
        }
        if (expected.conditions() != null) {
            expected.conditions().forEach((id, outcome) -> {
                ConditionResult result = AmountFixture.condition(decision, id);
                assertThat(result.outcome()).as(where + ": condition " + id + " " + result).isEqualTo(outcome);
            });
        }
        if (expected.factsToVerify() != null) {
            assertThat(decision.factsToVerify()).as(where + ": facts to verify").containsAll(expected.factsToVerify());
        }
        if (expected.notices() != null) {
            assertThat(decision.notices().stream().map(Notice::code).toList()).as(where + ": notices").containsAll(expected.notices());
        }
    }
}
