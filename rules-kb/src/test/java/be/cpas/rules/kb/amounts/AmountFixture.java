package be.cpas.rules.kb.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;

/** One engine for the amount tests, and checks of the calculation sheet a social worker could redo by hand. */
final class AmountFixture {

    static final RulesEngine ENGINE = be.cpas.rules.kb.EngineFixture.ENGINE;

    /** Codes of the lines that are results, not parts of the counted total. */
    static final List<String> RESULT_LINES = List.of("CATEGORY_AMOUNT", "CATEGORY_AMOUNT_SHARED_CUSTODY",
            "TOTAL_COUNTED", "RIS_YEARLY", "NO_RIS", "RIS_MONTHLY", "FIRST_MONTH_PRO_RATA", "FIRST_MONTH_FULL",
            "ABROAD_SUSPENDED_BEYOND_YEARLY_DAYS", "ABROAD_SUSPENDED_AFTER_FIRST_MONTH");

    private AmountFixture() {
    }

    static Decision decide(TestDossiers dossier) {
        return ENGINE.decide(dossier.build());
    }

    static ConditionResult condition(Decision decision, String id) {
        return be.cpas.rules.kb.EngineFixture.condition(decision, id);
    }

    static CalculationLine line(Decision decision, String code) {
        return decision.calculationSheet().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No line " + code + " in " + decision.calculationSheet()));
    }

    static List<String> codes(Decision decision) {
        return decision.calculationSheet().stream().map(CalculationLine::code).toList();
    }

    /**
     * The sheet adds up: the lines between the category amount and the total add up to the total; category
     * amount − total = yearly RIS (or no RIS when the total reaches it); monthly = yearly / 12 half-up; the
     * sheet's figures are the decision's; steps are numbered 1..n.
     */
    static void assertSheetAddsUp(Decision decision, String where) {
        List<CalculationLine> sheet = decision.calculationSheet();
        assertThat(sheet).as(where + ": sheet").isNotEmpty();
        for (int i = 0; i < sheet.size(); i++) {
            assertThat(sheet.get(i).step()).as(where + ": step numbers").isEqualTo(i + 1);
            assertThat(sheet.get(i).label()).as(where + ": label of " + sheet.get(i).code()).doesNotStartWith("[");
            assertThat(sheet.get(i).legalReference()).as(where + ": reference of " + sheet.get(i).code()).isNotNull();
        }
        assertThat(sheet.get(0).code()).as(where + ": first line").startsWith("CATEGORY_AMOUNT");
        BigDecimal category = sheet.get(0).amount();
        BigDecimal parts = sheet.stream().filter(l -> !RESULT_LINES.contains(l.code()))
                .map(CalculationLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = line(decision, "TOTAL_COUNTED").amount();
        assertThat(parts).as(where + ": the lines add up to the total counted " + sheet).isEqualByComparingTo(total);
        if (codes(decision).contains("NO_RIS")) {
            assertThat(total).as(where + ": no RIS only when the total reaches the category amount").isGreaterThanOrEqualTo(category);
            assertThat(decision.amount().yearly()).isEqualByComparingTo("0");
            assertThat(codes(decision)).doesNotContain("RIS_YEARLY", "RIS_MONTHLY");
        } else {
            BigDecimal yearly = line(decision, "RIS_YEARLY").amount();
            assertThat(category.subtract(total)).as(where + ": category amount − total = yearly RIS").isEqualByComparingTo(yearly);
            assertThat(decision.amount().yearly()).as(where + ": yearly on the sheet").isEqualByComparingTo(yearly);
            BigDecimal monthly = line(decision, "RIS_MONTHLY").amount();
            assertThat(yearly.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)).as(where + ": monthly = yearly / 12").isEqualByComparingTo(monthly);
            assertThat(decision.amount().monthly()).as(where + ": monthly on the sheet").isEqualByComparingTo(monthly);
            // After the monthly amount: the first month and the days suspended abroad, per month.
            List<String> beforeFirstMonth = codes(decision).stream()
                    .filter(c -> !c.startsWith("FIRST_MONTH") && !c.startsWith("ABROAD_SUSPENDED")).toList();
            assertThat(beforeFirstMonth.get(beforeFirstMonth.size() - 1)).as(where + ": last line before the first month").isEqualTo("RIS_MONTHLY");
        }
    }
}
