package be.cpas.rules.kb.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.batch.BatchSummary.LineError;
import be.cpas.rules.kb.batch.JacksonLineReader;
import be.cpas.rules.kb.batch.LeanDecision;
import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.Verdict;

class ImpactAnalysisTest {

    private static final String COEFFICIENT = "parameters/index/social_benefit_coefficient.yaml";
    /** The index step forecast for October 2026 (see the parameters README): 1.02^30 = 1.81136… → 1.8114. */
    private static final RulesEngine WITH_OCTOBER_STEP = RulesEngine.from(KbSource.fromClasspath().withEdit(COEFFICIENT,
            yaml -> yaml + """
                      - from: 2026-10-01
                        value: 1.8114
                        status: D
                        source: "1.02^30 rounded to 4 decimals: test of a forecast step"
                    """));
    private static final LocalDate MID_OCTOBER_2026 = LocalDate.of(2026, 10, 15);

    @Test
    void aNewIndexStepChangesWhatDecidingEveryDossierWithBothPacksSays() throws Exception {
        List<Dossier> dossiers = new DossierGenerator(12).stream(1_200).toList();
        ImpactAnalysis analysis = new ImpactAnalysis(new ImpactSide("current", EngineFixture.ENGINE, MID_OCTOBER_2026),
                new ImpactSide("October step", WITH_OCTOBER_STEP, MID_OCTOBER_2026), JacksonLineReader.READER, 2, 16);
        List<DossierChange> changes = new ArrayList<>();

        ImpactTotals totals = analysis.run(caseload(JacksonLineReader.lines(dossiers)), changes::add, n -> { });

        // Independently: each dossier re-dated and decided with both engines, one by one.
        long changed = 0;
        long gain = 0;
        long lose = 0;
        long amountChanged = 0;
        BigDecimal sum = BigDecimal.ZERO;
        List<Long> changedLines = new ArrayList<>();
        // The dossiers as the analysis reads them (the JSON lines); DecisionFromJsonTest checks that the in-memory
        // ones are decided the same.
        List<String> lines = JacksonLineReader.lines(dossiers);
        for (int i = 0; i < lines.size(); i++) {
            Dossier d = JacksonLineReader.READER.read(lines.get(i));
            // Re-dated by hand, every fact carried: independent of Dossier#withRequestDate, which the analysis uses.
            Dossier redated = new Dossier(MID_OCTOBER_2026, d.applicant(), d.residence(), d.workAvailability(), d.otherRights(),
                    d.household(), d.resources(), d.capital(), d.properties(), d.cpasChoices(), d.legalAssumptions(),
                    d.installationPremium(), d.competence(), d.procedure(), d.maintenancePaid(), d.piis());
            LeanDecision before = LeanDecision.of(EngineFixture.ENGINE.decide(redated, Locale.FRENCH));
            LeanDecision after = LeanDecision.of(WITH_OCTOBER_STEP.decide(redated, Locale.FRENCH));
            BigDecimal was = before.monthlyAmount() == null ? BigDecimal.ZERO : before.monthlyAmount();
            BigDecimal is = after.monthlyAmount() == null ? BigDecimal.ZERO : after.monthlyAmount();
            boolean sameDecision = before.verdict() == after.verdict() && before.route() == after.route()
                    && before.category() == after.category() && before.conditions().equals(after.conditions())
                    && Objects.equals(before.monthlyAmount() == null, after.monthlyAmount() == null);
            if (!sameDecision || was.compareTo(is) != 0) {
                changed++;
                changedLines.add(i + 1L);
            }
            if (was.compareTo(is) != 0) {
                amountChanged++;
            }
            // GAIN: granted where it was not, or the amount rises; LOSE: no longer granted, or the amount falls.
            boolean becomesGranted = before.verdict() != Verdict.GRANTED && after.verdict() == Verdict.GRANTED;
            boolean ceasesGranted = before.verdict() == Verdict.GRANTED && after.verdict() != Verdict.GRANTED;
            if (becomesGranted || !ceasesGranted && is.compareTo(was) > 0) {
                gain++;
            } else if (ceasesGranted || is.compareTo(was) < 0) {
                lose++;
            }
            sum = sum.add(is.subtract(was));
        }

        assertThat(totals.lines()).isEqualTo(1_200);
        assertThat(totals.compared()).isEqualTo(1_200);
        assertThat(totals.errorCount()).isZero();
        assertThat(totals.changed()).isEqualTo(changed).isEqualTo(changes.size());
        assertThat(totals.unchanged()).isEqualTo(1_200 - changed);
        assertThat(totals.gain()).isEqualTo(gain);
        assertThat(totals.lose()).isEqualTo(lose);
        assertThat(totals.amountChanged()).isEqualTo(amountChanged).isEqualTo(totals.differences().count());
        assertThat(totals.sumOfMonthlyDifferences()).isEqualByComparingTo(sum);
        assertThat(totals.monthlyAfter().subtract(totals.monthlyBefore())).isEqualByComparingTo(sum);
        assertThat(changes).extracting(DossierChange::line).containsExactlyElementsOf(changedLines);
        // An index step raises every indexed amount: some gain, nobody loses.
        assertThat(gain).isPositive();
        assertThat(lose).isZero();
        assertThat(sum).isPositive();
        // Family category, full amount (nothing deducted): 12 241.74 × 1.7758 = 21 738.88 a year, / 12 = 1 811.57 a
        // month; with the step 12 241.74 × 1.8114 = 22 174.69 a year, / 12 = 1 847.89 a month: + 36.32.
        List<DossierChange> familiesAtTheFullAmount = changes.stream()
                .filter(c -> c.before().category() == Category.CATEGORY_3 && c.before().verdict() == Verdict.GRANTED)
                .filter(c -> c.before().monthlyAmount().compareTo(new BigDecimal("1811.57")) == 0)
                .toList();
        assertThat(familiesAtTheFullAmount).isNotEmpty().allSatisfy(c -> {
            assertThat(c.after().monthlyAmount()).isEqualByComparingTo("1847.89");
            assertThat(c.difference()).isEqualByComparingTo("36.32");
            assertThat(c.direction()).isEqualTo(DossierChange.Direction.GAIN);
            assertThat(c.flippedConditions()).isEmpty();
        });
    }

    @Test
    void badLinesAreCountedWithTheirNumbersAndEveryOtherLineIsComparedInOrder() throws IOException {
        List<String> lines = new ArrayList<>(JacksonLineReader.lines(new DossierGenerator(3).stream(50).toList()));
        lines.add(4, "{not json");
        lines.add(9, "");
        lines.add(17, "{\"applicant\":{}}");
        lines.add("{\"requestDate\":\"1990-01-01\",\"applicant\":{}}");  // before the known law, on the baseline side
        // one pack at two dates: each dossier at its own date, then as of mid-October 2026
        ImpactAnalysis analysis = new ImpactAnalysis(ImpactSide.of("own date", EngineFixture.ENGINE),
                new ImpactSide("2026-10-15", EngineFixture.ENGINE, MID_OCTOBER_2026), JacksonLineReader.READER, 2, 4);
        List<DossierChange> changes = new ArrayList<>();
        List<Long> progress = new ArrayList<>();

        ImpactTotals totals = analysis.run(caseload(lines), changes::add, progress::add);

        assertThat(totals.lines()).isEqualTo(54);
        assertThat(totals.compared()).isEqualTo(50);
        assertThat(totals.errorCount()).isEqualTo(4);
        assertThat(totals.errors()).extracting(LineError::line).containsExactly(5L, 10L, 18L, 54L);
        assertThat(totals.errors().get(2).problems()).containsExactly("requestDate: field.required");
        assertThat(totals.errors().get(3).problems()).singleElement().asString().startsWith("$: baseline: DateOutOfRangeException");
        assertThat(totals.unchanged() + totals.changed()).isEqualTo(50);
        assertThat(totals.gain() + totals.lose() + totals.other()).isEqualTo(totals.changed());
        assertThat(changes).extracting(DossierChange::line).isSorted().doesNotHaveDuplicates();
        for (DossierChange change : changes) {
            Dossier dossier = JacksonLineReader.JSON.readValue(lines.get((int) change.line() - 1), Dossier.class);
            assertThat(change.requestDate()).isEqualTo(dossier.requestDate());
            assertThat(change.before().verdict()).isEqualTo(EngineFixture.ENGINE.decide(dossier).verdict());
        }
        assertThat(totals.changed()).isPositive();  // twenty years of indexation and ageing
    }

    @Test
    void theReportsSayTheSame() throws IOException {
        List<String> lines = new ArrayList<>(JacksonLineReader.lines(new DossierGenerator(7).stream(60).toList()));
        lines.add(2, "not a dossier");
        ImpactAnalysis analysis = new ImpactAnalysis(ImpactSide.of("own date", EngineFixture.ENGINE),
                new ImpactSide("2026-10-15", EngineFixture.ENGINE, MID_OCTOBER_2026), JacksonLineReader.READER, 2, 8);

        StringWriter csv = new StringWriter();
        ImpactTotals totals = ImpactReport.write(analysis, caseload(lines), ImpactReport.Format.CSV, csv, n -> { });
        StringWriter json = new StringWriter();
        ImpactReport.write(analysis, caseload(lines), ImpactReport.Format.JSON, json, n -> { });
        StringWriter summary = new StringWriter();
        ImpactReport.write(analysis, caseload(lines), ImpactReport.Format.SUMMARY, summary, n -> { });

        List<String> rows = csv.toString().lines().toList();
        assertThat(rows.get(0)).isEqualTo(String.join(",", ImpactReport.CSV_COLUMNS));
        assertThat(rows).hasSize(1 + (int) totals.changed());
        JsonNode report = JacksonLineReader.JSON.readTree(json.toString());
        assertThat(report.get("totals").get("changed").asLong()).isEqualTo(totals.changed());
        assertThat(report.get("totals").get("errors").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(report.get("changes")).hasSize((int) totals.changed());
        assertThat(report.get("alternative").get("asOf").asText()).isEqualTo("2026-10-15");
        for (int i = 0; i < totals.changed(); i++) {
            JsonNode change = report.get("changes").get(i);
            String[] row = rows.get(i + 1).split(",", -1);
            assertThat(row[0]).isEqualTo(change.get("line").asText());
            assertThat(new BigDecimal(row[11])).isEqualByComparingTo(change.get("difference").decimalValue());
        }
        assertThat(summary.toString())
                .contains("| changed | " + totals.changed() + " |")
                .contains("| bad lines, skipped | 1 |")
                .contains("- line 3: $: json.malformed");
    }

    private static BufferedReader caseload(List<String> lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines)));
    }
}
