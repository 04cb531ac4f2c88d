package be.cpas.rules.kb.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.parameters.ParameterOverride;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Dossier;

/**
 * The scenario format (docs/analysts.md, "Writing a scenario"): the facts merged over a base, the vocabulary of
 * expectations, and a report that names each field expected against actual.
 */
class ScenarioFormatTest {

    private static final KbSource PACK = KbSource.fromClasspath();
    private static final String CAPITAL = "scenarios/facts_s5_capital_25500_isole_2025.yaml";

    private static ScenarioFile read(String yaml) {
        return ScenarioFile.read(new KbFile("scenarios/test.yaml", yaml), PACK);
    }

    private static ScenarioReport run(String yaml) {
        return ScenarioRunner.run(EngineFixture.ENGINE, PACK, List.of(new KbFile("scenarios/test.yaml", yaml)));
    }

    @Test
    void a_wrong_expectation_is_reported_with_its_field_expected_and_actual() {
        KbSource edited = PACK.withEdit(CAPITAL, yaml -> yaml.replace("monthly: 1195.20", "monthly: 1195.21")
                .replace("category: CATEGORY_2", "category: CATEGORY_1"));

        ScenarioReport report = ScenarioRunner.run(EngineFixture.ENGINE, edited);

        assertThat(report.passed()).isFalse();
        assertThat(report.text())
                .contains("FAILED  " + CAPITAL + ": In Feb 2025, an isolé with 25 500 € savings")
                .contains("          category: expected CATEGORY_1, actual CATEGORY_2\n")
                .contains("          amount.monthly: expected 1195.21, actual 1195.20\n")
                .contains("passed  scenarios/amount_2025-02-01_category_1.yaml\n")
                .endsWith(" cases: " + (report.files().stream().mapToLong(f -> f.cases().size()).sum() - 1) + " passed, 1 failed\n");
        assertThat(report.text().lines().filter(line -> line.startsWith("FAILED"))).hasSize(1);
    }

    @Test
    void the_pack_verifier_names_the_failing_scenario_by_file_and_field() {
        KbSource edited = PACK.withEdit(CAPITAL, yaml -> yaml.replace("monthly: 1195.20", "monthly: 1195.21"));

        PackVerifier.Verdict verdict = PackVerifier.verify(edited, Duration.ofSeconds(10));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).extracting(PackVerifier.Problem::toString)
                .containsExactly(CAPITAL + ": amount.monthly: expected 1195.21, actual 1195.20");
    }

    @Test
    void a_failing_case_of_a_file_with_several_is_named() {
        ScenarioReport report = run("""
                purpose: Both sides of the 2025 index step
                base: single_adult
                cases:
                - case: before the step
                  facts: {requestDate: 2025-01-31}
                  expect: {category: CATEGORY_2}
                - case: after the step
                  expect: {verdict: REFUSED}
                """);

        assertThat(report.text()).isEqualTo("""
                FAILED  scenarios/test.yaml: Both sides of the 2025 index step
                          case 'after the step'
                            verdict: expected REFUSED, actual GRANTED
                1 files, 2 cases: 1 passed, 1 failed
                """);
    }

    @Test
    void an_unknown_expectation_is_refused_naming_it() {
        assertThatThrownBy(() -> read("""
                purpose: A typo
                base: single_adult
                expect:
                  verdict: GRANTED
                  amount:
                    montly: 1314.20
                """)).isInstanceOf(ScenarioFile.InvalidScenarioException.class)
                .hasMessageStartingWith("scenarios/test.yaml: expect: 'amount.montly' is not something a scenario can expect");
    }

    @Test
    void an_unknown_key_fact_or_base_and_a_value_an_expectation_does_not_take_are_refused_naming_them() {
        String scenario = """
                purpose: A scenario
                base: single_adult
                expect:
                  verdict: GRANTED
                """;
        assertThatThrownBy(() -> read(scenario + "expected:\n  verdict: GRANTED\n"))
                .hasMessageContaining("unknown key 'expected'");
        assertThatThrownBy(() -> read(scenario.replace("single_adult", "single_adlt")))
                .hasMessageContaining("base 'single_adlt': no file scenarios/bases/single_adlt.yaml").hasMessageContaining("single_adult");
        assertThatThrownBy(() -> read(scenario + "facts:\n  applicant:\n    birthdate: 1990-01-01\n"))
                .hasMessageContaining("unknown fact 'applicant.birthdate'");
        assertThatThrownBy(() -> read(scenario.replace("GRANTED", "ACCEPTED")))
                .hasMessageContaining("'verdict' is one of [GRANTED, REFUSED, INCOMPLETE] or none, not 'ACCEPTED'");
        assertThatThrownBy(() -> read(scenario + "  deadlines:\n    DECISION_DAY: 2025-03-03\n"))
                .hasMessageContaining("'deadlines.DECISION_DAY': no such deadline");
        assertThatThrownBy(() -> read(scenario + "  amount.monthly: 12,50\n"))
                .hasMessageContaining("'amount.monthly' is an amount in euro (e.g. 1234.56), not '12,50'");
        assertThatThrownBy(() -> read(scenario.replace("purpose: A scenario\n", "")))
                .hasMessageContaining("purpose: is missing");
    }

    @Test
    void facts_merge_over_the_base_maps_merge_lists_replace_and_null_removes() {
        Dossier dossier = read("""
                purpose: Merge
                base: cohabitant_adult
                facts:
                  applicant: {birthDate: 1990-05-14}
                  household: [{relation: SIBLING, birthDate: 1992-01-01}]
                  capital: ~
                expect: {verdict: GRANTED}
                """).cases().get(0).dossier();

        assertThat(dossier.applicant().birthDate()).hasToString("1990-05-14");
        assertThat(dossier.applicant().stayStatus()).hasToString("BELGIAN");  // kept from the base
        assertThat(dossier.household()).singleElement().satisfies(member -> {
            assertThat(member.relation()).hasToString("SIBLING");
            assertThat(member.settlesHouseholdMattersInCommon()).isNull();  // the list replaced, not merged
        });
        assertThat(dossier.capital()).isNull();
        assertThat(dossier.resources()).isEmpty();
    }

    @Test
    void expectations_on_every_part_of_the_decision_hold_or_fail_as_the_decision_says() {
        // The isolé of the base on 1 Feb 2025: 9 058,25 × 1,7410 = 15 770,41 a year, / 12 = 1 314,20 a month.
        String scenario = """
                purpose: Every kind of expectation
                base: single_adult
                expect:
                  verdict: GRANTED
                  amount: {monthly: 1314.20, yearly: 15770.41}
                  sheet: {CATEGORY_AMOUNT: 15770.41, RIS_YEARLY: 15770.41, CAPITAL_MOVABLE: none}
                  conditions: {AGE: MET, AGE.reasons: [AGE_ADULT]}
                  notices.AMOUNTS_MAY_BE_STALE: absent
                  premium: none
                  competentCpas: none
                  rightFrom: 2025-02-01
                  missingFacts: none
                """;
        assertThat(run(scenario).passed()).as(run(scenario).text()).isTrue();

        ScenarioReport wrong = run(scenario.replace("AGE: MET", "AGE: NOT_MET").replace("CAPITAL_MOVABLE: none", "CAPITAL_MOVABLE: 0")
                .replace("premium: none", "premium.amount: 1776.07").replace("absent", "present"));
        assertThat(wrong.files().get(0).cases().get(0).mismatches()).extracting(Expectation.Mismatch::toString).containsExactly(
                "sheet.CAPITAL_MOVABLE: expected 0.00, actual none",
                "conditions.AGE: expected NOT_MET, actual MET",
                "notices.AMOUNTS_MAY_BE_STALE: expected present, actual absent",
                "premium.amount: expected 1776.07, actual none");
    }

    @Test
    void parameter_overrides_change_the_amount_as_computed_by_hand() {
        // Category 2 base 10 000,00 from 1 Jan 2025 × 1,7410 (coefficient of 1 Feb 2025) = 17 410,00 a year; / 12 = 1 450,83.
        // The case's own step to 12 000,00 from 1 Feb 2025: 12 000,00 × 1,7410 = 20 892,00 a year; / 12 = 1 741,00.
        ScenarioReport report = run("""
                purpose: A reform of the category 2 amount
                base: single_adult
                parameters:
                  ris.base.category_2: {from: 2025-01-01, value: 10000.00}
                cases:
                - case: reformed
                  expect: {amount: {monthly: 1450.83, yearly: 17410.00}}
                - case: a further step for this case
                  parameters:
                    ris.base.category_2: [{from: 2025-02-01, value: 12000.00}]
                  expect: {amount: {monthly: 1741.00, yearly: 20892.00}}
                - case: expecting the amount without the reform
                  expect: {amount.monthly: 1314.20}
                """);

        assertThat(report.files().get(0).cases()).extracting(c -> c.mismatches().toString()).containsExactly(
                "[]", "[]", "[amount.monthly: expected 1314.20, actual 1450.83]");
        assertThat(read("purpose: p\nbase: single_adult\nparameters:\n  ris.base.category_2: {from: 2025-01-01, value: 1}\n"
                + "expect: {verdict: GRANTED}\n").cases().get(0).overrides())
                .containsExactly(new ParameterOverride("ris.base.category_2", LocalDate.parse("2025-01-01"), new BigDecimal("1")));
    }

    @Test
    void an_override_of_a_parameter_the_pack_does_not_have_is_refused_naming_it() {
        ScenarioReport typo = run("""
                purpose: A typo in a parameter's name
                base: single_adult
                parameters:
                  ris.base.category_4: {from: 2025-01-01, value: 10000.00}
                expect: {verdict: GRANTED}
                """);
        assertThat(typo.passed()).isFalse();
        assertThat(typo.text()).contains("FAILED  scenarios/test.yaml\n          parameters: No parameter is named 'ris.base.category_4'\n")
                .endsWith("1 files, 0 cases: 0 passed, 0 failed, 1 files in error\n");
        assertThatThrownBy(() -> read("""
                purpose: A value without a date
                base: single_adult
                parameters:
                  ris.base.category_2: 10000.00
                expect: {verdict: GRANTED}
                """)).hasMessageContaining("parameters: 'ris.base.category_2' takes {from: yyyy-MM-dd, value: a number, or true/false for a flag}");
    }
}
