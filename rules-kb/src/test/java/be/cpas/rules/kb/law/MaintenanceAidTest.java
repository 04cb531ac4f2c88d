package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.MaintenanceAidDecision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Reason;
import be.cpas.rules.model.Verdict;

/**
 * The aid towards child maintenance paid (art. 68quinquies LO, from 2005-01-01): 50 % of what was actually paid in a
 * month, at most 1 100 / 12 = 91,666... → 91,67 a month for all children together, not indexed; placement
 * contributions count from 2007. Its own section; the RIS and its category do not change.
 */
class MaintenanceAidTest {

    private static TestDossiers paying(String payments) {
        return TestDossiers.granted().setYaml("maintenancePaid", payments);
    }

    private static java.util.List<String> reasons(MaintenanceAidDecision aid) {
        return aid.conditions().stream().flatMap(c -> c.reasons().stream()).map(Reason::code).toList();
    }

    @Test
    void halfOfWhatWasPaidEachMonthWithinTheCeilingForAllChildren() {
        // March: 150,00 × 50 % = 75,00 (under 91,67). April, two children: 120,00 + 100,00 = 220,00 × 50 % = 110,00,
        // above the ceiling 1 100 / 12 = 91,67 → 91,67. Total 75,00 + 91,67 = 166,67.
        Decision d = decide(paying("""
                - {kind: CHILD_MAINTENANCE, month: 2025-03-01, amountPaid: 150.00, fixedByCourt: true}
                - {kind: CHILD_MAINTENANCE, month: 2025-04-05, amountPaid: 120.00, fixedByCourt: true}
                - {kind: CHILD_MAINTENANCE, month: 2025-04-20, amountPaid: 100.00, fixedByCourt: true}
                """));
        MaintenanceAidDecision aid = d.maintenanceAid();
        assertThat(aid.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(aid.amount()).isEqualByComparingTo("166.67");
        assertThat(aid.conditions()).extracting(ConditionResult::outcome).containsExactly(Outcome.MET, Outcome.MET);
        assertThat(aid.conditions().get(0).legalReference().article()).isEqualTo("art. 68quinquies");
        assertThat(aid.lines()).extracting(CalculationLine::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("75.00"), new BigDecimal("91.67"));
        assertThat(aid.lines().get(1).label()).isEqualTo("Du 01/04/2025 au 30/04/2025 : pension alimentaire payée 220,00 × 50 %"
                + " = 110,00, au plus 91,67 par mois (1\u00a0100,00 par an pour tous les enfants)");
        assertThat(aid.lines().get(1).parameters()).contains("maintenance_aid.rate", "maintenance_aid.yearly_ceiling");
        assertThat(d.parametersUsed()).extracting(p -> p.name()).contains("maintenance_aid.yearly_ceiling");
        // The RIS is unchanged (isolé, 15 770,41 / 12 = 1 314,20) and so is its category.
        assertThat(d.amount().monthly()).isEqualByComparingTo("1314.20");
        assertThat(d.calculationSheet()).noneMatch(l -> l.code().startsWith("MAINTENANCE"));
    }

    @Test
    void withoutMaintenancePaidThereIsNoSection() {
        assertThat(decide(TestDossiers.granted()).maintenanceAid()).isNull();
    }

    @Test
    void maintenanceNotFixedByACourtGivesNoAid() {
        Decision d = decide(paying("""
                - {kind: CHILD_MAINTENANCE, month: 2025-03-01, amountPaid: 150.00, fixedByCourt: false}
                """));
        assertThat(d.maintenanceAid().verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(d.maintenanceAid().amount()).isNull();
        assertThat(reasons(d.maintenanceAid())).containsExactly("MAINTENANCE_AID_BENEFICIARY", "MAINTENANCE_AID_NOTHING_ELIGIBLE");
        assertThat(d.maintenanceAid().lines()).extracting(CalculationLine::code).containsExactly("MAINTENANCE_NOT_FIXED_BY_COURT");
    }

    @Test
    void anUnknownCourtOrderIsNamed() {
        Decision d = decide(paying("""
                - {kind: CHILD_MAINTENANCE, month: 2025-03-01, amountPaid: 150.00}
                """));
        assertThat(d.maintenanceAid().verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(d.maintenanceAid().factsToVerify()).containsExactly("maintenancePaid[0].fixedByCourt");
        assertThat(d.maintenanceAid().factsToVerifyText())
                .containsExactly("la fixation par un tribunal de la pension alimentaire (paiement n° 1)");
        // The RIS itself does not wait for it.
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
    }

    @Test
    void noAidWhenTheRisIsRefused() {
        Decision d = decide(paying("""
                - {kind: CHILD_MAINTENANCE, month: 2025-03-01, amountPaid: 150.00, fixedByCourt: true}
                """).set("residence.habitualResidenceInBelgium", false));
        assertThat(d.maintenanceAid().verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(reasons(d.maintenanceAid())).contains("MAINTENANCE_AID_NOT_BENEFICIARY");
        assertThat(d.maintenanceAid().amount()).isNull();
    }

    @Test
    void onTheFirstSupportedDate() {
        // 2005-08-01, the first date the engine supports (the aid exists from 2005-01-01): 100,00 × 50 % = 50,00.
        Decision d = decide(paying("""
                - {kind: CHILD_MAINTENANCE, month: 2005-08-01, amountPaid: 100.00, fixedByCourt: true}
                """).set("requestDate", "2005-08-01").set("applicant.birthDate", "1970-01-01"));
        assertThat(d.maintenanceAid().verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(d.maintenanceAid().amount()).isEqualByComparingTo("50.00");
    }

    @Test
    void aPlacementContributionCountsFrom2007() {
        // 2006-11-01: not covered yet. 2007-02-01: 80,00 × 50 % = 40,00.
        String placement = """
                - {kind: PLACEMENT_CONTRIBUTION, month: %s, amountPaid: 80.00, fixedByCourt: true}
                """;
        Decision before = decide(paying(placement.formatted("2006-11-01")).set("requestDate", "2006-11-01").set("applicant.birthDate", "1970-01-01"));
        assertThat(before.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(before.maintenanceAid().verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(before.maintenanceAid().lines()).extracting(CalculationLine::code).containsExactly("MAINTENANCE_PLACEMENT_NOT_COVERED");
        Decision after = decide(paying(placement.formatted("2007-02-01")).set("requestDate", "2007-02-01").set("applicant.birthDate", "1970-01-01"));
        assertThat(after.maintenanceAid().verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(after.maintenanceAid().amount()).isEqualByComparingTo("40.00");
    }
}
