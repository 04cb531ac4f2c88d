package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.ParameterUse;
import be.cpas.rules.model.TraceStep;
import be.cpas.rules.model.TracedFact;

/**
 * The parameters a decision used are collected by the engine from what the rules read: no rule lists them, so a
 * rule that reads one more or one fewer changes the decision's provenance by itself.
 */
class ProvenanceByConstructionTest {

    private static final String STUDENT_WITH_WAGE = """
            requestDate: 2025-03-10
            applicant:
              birthDate: 2003-05-14
              stayStatus: BELGIAN
              maritalStatus: SINGLE
              emancipatedByMarriage: false
              pregnant: false
              childrenInCharge: 0
              extendedMinority: false
              childrenWithFamilyAllowances: 0
              studies: {fullTime: true, piisSigned: true, studyGrant: false}
            residence: {habitualResidenceInBelgium: true, daysAbroadThisYear: 0, homeless: false}
            workAvailability: {available: true}
            otherRights: {allBenefitsClaimed: true}
            household:
            - relation: PARTNER
              birthDate: 1985-06-01
              resources:
              - {type: UNEMPLOYMENT_BENEFIT, netAmount: 900, periodicity: MONTHLY}
            resources:
            - {type: STUDENT_JOB_INCOME, netAmount: 400, periodicity: MONTHLY}
            capital: {movableCapital: 9000}
            properties: []
            """;

    @Test
    void everyParameterReadByARuleBehindALineIsInTheLineAndInTheDecision() {
        Decision decision = EngineFixture.ENGINE.decide(TestDossiers.from(STUDENT_WITH_WAGE).build(), Locale.FRENCH, true);

        assertThat(decision.calculationSheet()).isNotEmpty();
        for (CalculationLine line : decision.calculationSheet()) {
            TraceStep writer = writerOf(decision, line);
            for (ParameterUse read : writer.parametersRead()) {
                assertThat(line.parameters()).as(line.code() + " written by " + writer.rule()).contains(read.name());
                assertThat(decision.parametersUsed()).extracting(ParameterUse::name).contains(read.name());
            }
        }
        assertThat(decision.parametersUsed()).extracting(ParameterUse::name)
                .contains("ris.amount.category_1", "exemption.general.category_1", "exemption.student.without_grant",
                        "capital.movable.exempt_up_to", "age.majority");
    }

    @Test
    void aRuleEditedToReadOneMoreParameterAddsItToTheDecision(@TempDir Path folder) throws Exception {
        Path copy = WorkingCopy.of(folder);
        WorkingCopy.replace(copy.resolve("rules/L2002_art03_1_residence.drl"), """
                rule "Art 3, 1°: habitual residence in Belgium"
                when
                    Residence( habitualResidenceInBelgium == true, $homeless : homeless )
                """, """
                rule "Art 3, 1°: habitual residence in Belgium"
                when
                    Residence( habitualResidenceInBelgium == true, $homeless : homeless )
                    ParameterValue() from parameters.named("residence.abroad.report_from_days")
                """);

        assertThat(used(EngineFixture.ENGINE)).doesNotContain("residence.abroad.report_from_days");
        assertThat(used(RulesEngine.from(KbSource.fromDirectory(copy)))).contains("residence.abroad.report_from_days");
    }

    @Test
    void aRuleEditedToReadOneParameterFewerDropsItFromTheDecision(@TempDir Path folder) throws Exception {
        Path copy = WorkingCopy.of(folder);
        WorkingCopy.replace(copy.resolve("rules/L2002_art03_2_age.drl"), """
                    ParameterValue( $majority : value ) from parameters.named("age.majority")
                then
                    int years = yearsBetween($birth, $date);
                    insert(new ApplicantAge(years, years < $majority.intValue()));
                """, """
                then
                    int years = yearsBetween($birth, $date);
                    insert(new ApplicantAge(years, years < 18));
                """);

        assertThat(used(EngineFixture.ENGINE)).contains("age.majority");
        assertThat(used(RulesEngine.from(KbSource.fromDirectory(copy)))).doesNotContain("age.majority");
    }

    private static java.util.List<String> used(RulesEngine engine) {
        return engine.decide(TestDossiers.granted().build()).parametersUsed().stream().map(ParameterUse::name).toList();
    }

    /** The step of the trace that concluded this line of the sheet. */
    static TraceStep writerOf(Decision decision, CalculationLine line) {
        return decision.trace().stream()
                .filter(step -> step.concluded().stream().anyMatch(fact -> isLine(fact, line)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No rule in the trace concluded the line " + line.code()));
    }

    private static boolean isLine(TracedFact fact, CalculationLine line) {
        return Boolean.TRUE.equals(fact.held()) && fact.fact() instanceof be.cpas.rules.kb.facts.CalculationStep step
                && step.code().equals(line.code()) && step.amount().compareTo(line.amount()) == 0;
    }
}
