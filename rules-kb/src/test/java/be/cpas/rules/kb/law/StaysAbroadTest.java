package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Verdict;

/**
 * Stays abroad (art. 23, §5 L, from 2016-01-09; art. 23 before): the days suspended and the amount suspended, one line
 * of the calculation sheet per stay and month, each day valued at monthly amount / calendar days of the month under
 * the named parameter assumption.days_abroad_calendar_days (status U).
 */
class StaysAbroadTest {

    private static List<CalculationLine> suspensions(Decision d) {
        return d.calculationSheet().stream().filter(l -> l.code().startsWith("ABROAD_SUSPENDED")).toList();
    }

    /** Isolé, request 2025-03-10 (1 314,20 a month): 20 days in January, then 25 days from 20 June to 14 July. */
    private static TestDossiers twoStays2025(String secondStayExceptional) {
        return TestDossiers.granted().setYaml("residence.staysAbroad", """
                - {firstDay: 2025-01-02, lastDay: 2025-01-21, exceptionalCircumstances: false}
                - {firstDay: 2025-06-20, lastDay: 2025-07-14, exceptionalCircumstances: %s}
                """.formatted(secondStayExceptional));
    }

    @Test
    void fromTheTwentyNinthDayOfTheYearAbroadEachDayIsSuspended() {
        // 20 days in January (days 1-20 of the year), then 20 June is day 21, so 27 June is day 28: 28-30 June (3 days)
        // and 1-14 July (14 days) are suspended. Isolé 2025: 15 770,41 / 12 = 1 314,20 a month.
        // June: 1 314,20 × 3 / 30 = 3 942,60 / 30 = 131,42. July: 1 314,20 × 14 / 31 = 18 398,80 / 31 = 593,509... → 593,51.
        Decision d = decide(twoStays2025("false"));
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        List<CalculationLine> lines = suspensions(d);
        assertThat(lines).extracting(CalculationLine::code).containsOnly("ABROAD_SUSPENDED_BEYOND_YEARLY_DAYS");
        assertThat(lines).extracting(CalculationLine::amount).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("-131.42"), new java.math.BigDecimal("-593.51"));
        assertThat(lines.get(0).label()).isEqualTo("Séjour à l'étranger n° 2 : 3 jours suspendus du 28/06/2025 au 30/06/2025,"
                + " au-delà de 28 jours à l'étranger par année civile : 1\u00a0314,20 × 3 / 30"
                + " (valeur d'un jour : formule non fixée par les textes)");
        assertThat(lines.get(0).legalReference().article()).isEqualTo("art. 23, §5");
        assertThat(lines.get(1).parameters()).contains("assumption.days_abroad_calendar_days", "residence.abroad.max_days_per_year",
                "residence.abroad.per_calendar_year");
        assertThat(d.notices()).extracting(Notice::code).contains("PARAMETER_UNCERTAIN");
        // The monthly amount itself is unchanged: the suspension is a line of its own.
        assertThat(d.amount().monthly()).isEqualByComparingTo("1314.20");
    }

    @Test
    void exceptionalCircumstancesAcceptedByTheCpasSuspendNothing() {
        Decision d = decide(twoStays2025("true"));
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(suspensions(d)).isEmpty();
    }

    @Test
    void unknownExceptionalCircumstancesOfAStayWithSuspendedDaysAreNamed() {
        Decision d = decide(twoStays2025("null"));
        assertThat(d.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(d.factsToVerify()).containsExactly("residence.staysAbroad[1].exceptionalCircumstances");
        assertThat(d.factsToVerifyText()).containsExactly("les circonstances exceptionnelles du séjour à l'étranger n° 2");
        assertThat(suspensions(d)).isEmpty();
    }

    @Test
    void unknownCircumstancesOfAStayWithinTheFourWeeksAreNotAsked() {
        // The January stay (20 days) is within the 28 days: whether its circumstances were exceptional does not matter.
        Decision d = decide(TestDossiers.granted().setYaml("residence.staysAbroad", """
                - {firstDay: 2025-01-02, lastDay: 2025-01-21}
                """));
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(suspensions(d)).isEmpty();
    }

    @Test
    void daysBeforeTheRequestCountButAreNotSuspended() {
        // 59 days abroad in January and February 2025, before the request of 10 March: no payment ran then.
        Decision d = decide(TestDossiers.granted().setYaml("residence.staysAbroad", """
                - {firstDay: 2025-01-01, lastDay: 2025-02-28, exceptionalCircumstances: false}
                """));
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(suspensions(d)).isEmpty();
    }

    @Test
    void before2016EachStayIsSuspendedAfterItsFirstMonth() {
        // Request 2015-10-01, isolé: 10 004,54 / 12 = 833,7116... → 833,71 a month. Stay 5 October - 20 November 2015:
        // the first month runs to 4 November; 5-20 November = 16 days suspended: 833,71 × 16 / 30 = 13 339,36 / 30
        // = 444,645... → 444,65. (The yearly rule of 2016 would suspend 47 − 28 = 19 days instead.)
        Decision d = decide(TestDossiers.granted().set("requestDate", "2015-10-01").setYaml("residence.staysAbroad", """
                - {firstDay: 2015-10-05, lastDay: 2015-11-20, exceptionalCircumstances: false}
                """));
        assertThat(d.amount().monthly()).isEqualByComparingTo("833.71");
        List<CalculationLine> lines = suspensions(d);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo("ABROAD_SUSPENDED_AFTER_FIRST_MONTH");
            assertThat(line.amount()).isEqualByComparingTo("-444.65");
            assertThat(line.label()).startsWith("Séjour à l'étranger n° 1 : 16 jours suspendus du 05/11/2015 au 20/11/2015,");
            assertThat(line.legalReference().article()).isEqualTo("art. 23");
            assertThat(line.parameters()).contains("residence.abroad.free_months_per_stay");
        });
    }

    @Test
    void from9January2016TheDaysAreCountedPerCalendarYear() {
        // Request 2016-01-11, isolé 833,71 a month. Stay 15 January - 1 March 2016: 17 days in January, so 11 February is
        // day 28; 12-29 February (18 days, leap year) and 1 March are suspended.
        // February: 833,71 × 18 / 29 = 15 006,78 / 29 = 517,475... → 517,48. March: 833,71 × 1 / 31 = 26,893... → 26,89.
        Decision d = decide(TestDossiers.granted().set("requestDate", "2016-01-11").setYaml("residence.staysAbroad", """
                - {firstDay: 2016-01-15, lastDay: 2016-03-01, exceptionalCircumstances: false}
                """));
        List<CalculationLine> lines = suspensions(d);
        assertThat(lines).extracting(CalculationLine::code).containsOnly("ABROAD_SUSPENDED_BEYOND_YEARLY_DAYS");
        assertThat(lines).extracting(CalculationLine::amount).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("-517.48"), new java.math.BigDecimal("-26.89"));
        assertThat(lines.get(0).label()).contains("18 jours suspendus du 12/02/2016 au 29/02/2016");
    }

    @Test
    void aRefusalHasNoSuspensionLine() {
        Decision d = decide(twoStays2025("false").set("applicant.birthDate", "2010-01-01"));
        assertThat(d.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(d.calculationSheet()).noneMatch(l -> l.code().startsWith("ABROAD_SUSPENDED"));
        assertThat(d.conditions()).filteredOn(c -> c.condition().equals("RESIDENCE")).extracting(c -> c.outcome())
                .containsExactly(Outcome.MET);
    }
}
