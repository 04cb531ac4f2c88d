package be.cpas.rules.kb.decision;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Notice;

/**
 * The right runs from the day of the request (art. 21, §5 L); the first month is paid pro rata of its calendar days
 * under the named parameter assumption.first_month_pro_rata (status U, reported).
 */
class FirstMonthTest {

    private static CalculationLine firstMonth(Decision d) {
        return d.calculationSheet().stream().filter(l -> l.code().startsWith("FIRST_MONTH")).findFirst().orElseThrow();
    }

    @Test
    void aRequestOnTheTenthOfMarchIsPaidTwentyTwoThirtyFirsts() {
        // Isolé, 2025-03-10: 15 770,41 / 12 = 1 314,20 a month; 10 to 31 March = 22 days of 31:
        // 1 314,20 × 22 / 31 = 28 912,40 / 31 = 932,658... → 932,66.
        Decision d = decide(TestDossiers.granted());
        CalculationLine line = firstMonth(d);
        assertThat(line.code()).isEqualTo("FIRST_MONTH_PRO_RATA");
        assertThat(line.amount()).isEqualByComparingTo("932.66");
        assertThat(line.label()).isEqualTo("Premier mois, du 10/03/2025 au 31/03/2025 : 1\u00a0314,20 × 22 / 31 jours du mois"
                + " (le droit court depuis la demande ; prorata des jours civils, formule non fixée par les textes)");
        assertThat(line.parameters()).contains("assumption.first_month_pro_rata");
        assertThat(d.notices()).extracting(Notice::code).contains("PARAMETER_UNCERTAIN");
    }

    @Test
    void aRequestOnTheFirstDayIsPaidTheWholeMonth() {
        // 2025-03-01: 31 days of 31 → 1 314,20.
        Decision d = decide(TestDossiers.granted().set("requestDate", "2025-03-01"));
        assertThat(firstMonth(d).amount()).isEqualByComparingTo("1314.20");
    }

    @Test
    void theLastDayOfALeapFebruaryIsOneTwentyNinth() {
        // Isolé, 2024-02-29 (before the step of 2024-05-01): 15 158,08 / 12 = 1 263,17; 1 day of 29:
        // 1 263,17 / 29 = 43,557... → 43,56.
        Decision d = decide(TestDossiers.granted().set("requestDate", "2024-02-29"));
        assertThat(d.amount().monthly()).isEqualByComparingTo("1263.17");
        assertThat(firstMonth(d).amount()).isEqualByComparingTo("43.56");
    }

    @Test
    void aRefusalHasNoFirstMonth() {
        Decision d = decide(TestDossiers.granted().set("residence.habitualResidenceInBelgium", false));
        assertThat(d.calculationSheet()).noneMatch(l -> l.code().startsWith("FIRST_MONTH"));
    }
}
