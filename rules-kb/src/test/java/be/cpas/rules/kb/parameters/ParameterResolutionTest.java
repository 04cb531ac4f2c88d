package be.cpas.rules.kb.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.LegalReference;

/** Values in force at given dates, checked against FACTS.md figure by figure. */
class ParameterResolutionTest {

    static ParameterCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = ParameterCatalogue.load(KbSource.fromClasspath());
    }

    private static ParameterValue at(String date, String name) {
        return catalogue.resolveAt(LocalDate.parse(date)).get(name)
                .orElseThrow(() -> new AssertionError(name + " absent at " + date));
    }

    private static BigDecimal monthly(BigDecimal yearly) {
        return yearly.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "{0} cat {1}: {2}/year, {3}/month, {4}")
    @CsvSource({
            // date,      cat, yearly,    monthly, status, in force from
            "2005-08-01, 1,  5004.83,   417.07, C,  2005-08-01",
            "2005-08-01, 2,  7507.25,   625.60, C,  2005-08-01",
            "2005-08-01, 3, 10009.67,   834.14, C,  2005-08-01",
            "2008-09-01, 1,  5692.45,   474.37, C,  2008-09-01",
            "2008-09-01, 3, 11384.91,   948.74, C,  2008-09-01",
            "2011-09-01, 2,  9242.20,   770.18, C,  2011-09-01",
            "2013-09-01, 1,  6538.91,   544.91, C,  2013-09-01",
            "2013-09-01, 3, 13077.84,  1089.82, C,  2013-09-01",
            "2015-09-01, 2, 10004.54,   833.71, C2, 2015-09-01",
            // 2018-07-01 changes cat 3 only
            "2018-07-01, 1,  7141.58,   595.13, C2, 2017-09-01",
            "2018-07-01, 2, 10712.38,   892.70, C2, 2017-09-01",
            "2018-07-01, 3, 14763.19,  1230.27, C,  2018-07-01",
            // 2019-07-01 changes cat 1 and 2 only
            "2019-07-01, 1,  7429.80,   619.15, C2, 2019-07-01",
            "2019-07-01, 2, 11144.72,   928.73, C2, 2019-07-01",
            "2019-07-01, 3, 15057.85,  1254.82, C,  2018-09-01",
            "2020-03-01, 3, 15550.96,  1295.91, C2, 2020-03-01",
            "2021-01-01, 1,  7877.41,   656.45, C,  2021-01-01",
            // rows where FACTS gives the monthly only: yearly = monthly x 12
            "2021-07-01, 1,  8034.96,   669.58, D,  2021-07-01",
            "2021-07-01, 2, 12052.44,  1004.37, D,  2021-07-01",
            "2021-07-01, 3, 16288.20,  1357.35, D,  2021-07-01",
            "2022-01-01, 2, 12867.60,  1072.30, C2, 2022-01-01",
            "2022-03-01, 1,  8750.40,   729.20, C2, 2022-03-01",
            "2022-03-01, 2, 13125.00,  1093.75, D,  2022-03-01",
            "2022-03-01, 3, 17738.64,  1478.22, C2, 2022-03-01",
            "2022-05-01, 1,  8925.36,   743.78, U,  2022-05-01",
            "2022-11-01, 3, 18823.44,  1568.62, C,  2022-11-01",
            "2023-07-01, 1,  9907.32,   825.61, D,  2023-07-01",
            // the welfare step planned for 2024-01-01 was abolished: still the 2023-11-01 amounts
            "2024-01-01, 1, 10105.44,   842.12, D,  2023-11-01",
            "2024-05-01, 2, 15461.52,  1288.46, C2, 2024-05-01",
            "2025-02-01, 1, 10513.60,   876.13, C2, 2025-02-01",
            "2025-02-01, 2, 15770.41,  1314.20, C2, 2025-02-01",
            "2025-02-01, 3, 21312.87,  1776.07, C2, 2025-02-01",
    })
    void ris_amount_matches_facts(String date, int category, String yearly, String monthly, ParameterStatus status,
                                  String from) {
        ParameterValue value = at(date, "ris.amount.category_" + category);
        assertThat(value.value()).isEqualByComparingTo(yearly);
        assertThat(monthly(value.value())).isEqualByComparingTo(monthly);
        assertThat(value.status()).isEqualTo(status);
        assertThat(value.effectiveFrom()).isEqualTo(LocalDate.parse(from));
        assertThat(value.unit()).isEqualTo("EUR/year");
        assertThat(value.legalReference()).isEqualTo(LegalReference.law2002("art. 14, §1, " + category + "°"));
    }

    @ParameterizedTest(name = "{0} {1} = {2} (day before a change)")
    @CsvSource({
            "2006-09-30, ris.amount.category_1,  5004.83",
            "2013-08-31, ris.amount.category_3, 12821.41",
            "2018-06-30, ris.amount.category_3, 14283.19",
            "2021-06-30, ris.amount.category_1,  7877.41",
            "2025-01-31, ris.amount.category_1, 10307.64",
            "2022-10-31, exemption.socio_professional, 264.13",
            "2020-02-29, exemption.student.with_grant, 68.06",
            "2016-07-20, stay.subsidiary_protection_in_ris, 0",
            "2022-06-26, category.shared_custody_full_category_3, 0",
    })
    void the_day_before_a_change_gives_the_old_value(String date, String name, String expected) {
        assertThat(at(date, name).value()).isEqualByComparingTo(expected);
    }

    @Test
    void the_derived_yearly_amount_says_so() {
        ParameterValue value = at("2021-07-01", "ris.amount.category_1");
        assertThat(value.note()).startsWith("yearly derived from the published monthly × 12");
        assertThat(value.status().mustBeReported()).isTrue();
        assertThat(at("2025-02-01", "ris.amount.category_1").note()).doesNotContain("derived from the published monthly");
    }

    @Test
    void general_exemption() {
        assertThat(at("2005-08-01", "exemption.general.category_1").value()).isEqualByComparingTo("155");
        assertThat(at("2025-02-01", "exemption.general.category_2").value()).isEqualByComparingTo("250");
        ParameterValue cat3 = at("2030-01-01", "exemption.general.category_3");
        assertThat(cat3.value()).isEqualByComparingTo("310");
        assertThat(cat3.status()).isEqualTo(ParameterStatus.C2);
        assertThat(cat3.effectiveFrom()).isEqualTo(LocalDate.of(2002, 10, 1));
        assertThat(cat3.legalReference()).isEqualTo(LegalReference.royalDecree2002("art. 22, §2"));
    }

    @Test
    void worked_example_from_facts_cohabitant_2025() {
        // bdas ?p=3321: 10 513,60 - (3 600 - 155) = 7 068,60 per year = 589,05 per month
        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2025, 2, 1));
        BigDecimal counted = new BigDecimal("3600").subtract(p.require("exemption.general.category_1").value());
        BigDecimal ris = p.require("ris.amount.category_1").value().subtract(counted);
        assertThat(ris).isEqualByComparingTo("7068.60");
        assertThat(monthly(ris)).isEqualByComparingTo("589.05");
    }

    @Test
    void art_35_exemptions() {
        assertThat(at("2008-09-01", "exemption.socio_professional").value()).isEqualByComparingTo("216.69");
        assertThat(at("2022-11-01", "exemption.socio_professional").value()).isEqualByComparingTo("285.91");
        assertThat(at("2022-11-01", "exemption.socio_professional").note()).contains("2022-11-01").contains("2025-02-01");
        assertThat(at("2025-02-01", "exemption.socio_professional").value()).isEqualByComparingTo("309.48");
        assertThat(at("2025-02-01", "exemption.socio_professional").unit()).isEqualTo("EUR/month");

        ParameterValue seeded = at("2020-03-01", "exemption.socio_professional");
        assertThat(seeded.value()).isEqualByComparingTo("253.88");
        assertThat(seeded.status()).isEqualTo(ParameterStatus.U);
        assertThat(seeded.source()).contains("seed 003");

        assertThat(at("2020-03-01", "exemption.student.without_grant").value()).isEqualByComparingTo("253.88");
        assertThat(at("2020-03-01", "exemption.student.with_grant").value()).isEqualByComparingTo("70.81");
        // 2018-09-01 is '—' for the grant column: unchanged
        assertThat(at("2019-01-01", "exemption.student.with_grant").value()).isEqualByComparingTo("68.06");
        ParameterValue grantEnds = at("2022-01-01", "exemption.student.with_grant");
        assertThat(grantEnds.value()).isEqualByComparingTo("264.13");
        assertThat(grantEnds.status()).isEqualTo(ParameterStatus.U);

        assertThat(at("2019-01-01", "exemption.artistic").value()).isEqualByComparingTo("2928.35");
        assertThat(at("2022-01-01", "exemption.artistic").value()).isEqualByComparingTo("3169.60");
        ParameterValue artistic2025 = at("2025-02-01", "exemption.artistic");
        assertThat(artistic2025.value()).isEqualByComparingTo("3713.76");
        assertThat(artistic2025.status()).isEqualTo(ParameterStatus.D);
        assertThat(artistic2025.unit()).isEqualTo("EUR/year");

        assertThat(at("2010-01-01", "exemption.socio_professional.duration_months").value()).isEqualByComparingTo("36");
        assertThat(at("2010-01-01", "exemption.socio_professional.window_months").value()).isEqualByComparingTo("72");
        assertThat(at("2010-01-01", "exemption.artistic.duration_months").value()).isEqualByComparingTo("36");
        assertThat(at("2010-01-01", "exemption.student.max_age_at_opening").value()).isEqualByComparingTo("25");
    }

    @Test
    void a_parameter_without_a_value_yet_is_absent() {
        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2006, 1, 1));
        assertThat(p.get("exemption.socio_professional")).isEmpty();
        assertThat(p.get("exemption.artistic")).isEmpty();
        assertThat(p.get("ris.amount.category_1")).isPresent();
        assertThat(catalogue.resolveAt(LocalDate.of(2008, 8, 31)).get("exemption.socio_professional")).isEmpty();
        assertThat(catalogue.resolveAt(LocalDate.of(2008, 9, 1)).get("exemption.socio_professional")).isPresent();
    }

    @Test
    void capital_and_property_figures_are_exact() {
        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2025, 2, 1));
        // exact decimals, not binary floating point: equal including the scale
        assertThat(p.require("capital.movable.lower_bracket_rate").value()).isEqualTo(new BigDecimal("0.06"));
        assertThat(p.require("capital.movable.upper_bracket_rate").value()).isEqualTo(new BigDecimal("0.10"));
        assertThat(p.require("premium.income_margin").value()).isEqualTo(new BigDecimal("0.10"));
        BigDecimal exempt = p.require("capital.movable.exempt_up_to").value();
        BigDecimal bracket = p.require("capital.movable.lower_bracket_up_to").value();
        assertThat(exempt).isEqualByComparingTo("6200");
        assertThat(bracket).isEqualByComparingTo("12500");
        // FACTS §5 example: 25 500 EUR -> 378 + 1 300 = 1 678 EUR per year
        BigDecimal capital = new BigDecimal("25500");
        BigDecimal counted = bracket.subtract(exempt).multiply(p.require("capital.movable.lower_bracket_rate").value())
                .add(capital.subtract(bracket).multiply(p.require("capital.movable.upper_bracket_rate").value()));
        assertThat(counted).isEqualByComparingTo("1678");

        assertThat(p.require("property.built.cadastral_income_exemption").value()).isEqualByComparingTo("750");
        assertThat(p.require("property.built.exemption_per_child").value()).isEqualByComparingTo("125");
        assertThat(p.require("property.built.multiplier").value()).isEqualByComparingTo("3");
        ParameterValue unbuilt = p.require("property.unbuilt.cadastral_income_exemption");
        assertThat(unbuilt.value()).isEqualByComparingTo("30");
        assertThat(unbuilt.status()).isEqualTo(ParameterStatus.U);
        assertThat(p.get("property.sale.exempt_amount")).isEmpty();
    }

    @Test
    void conditions_premium_and_deadlines() {
        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2010, 1, 1));
        assertThat(p.require("residence.abroad.max_days_per_year").value()).isEqualByComparingTo("28");
        assertThat(p.require("residence.abroad.report_from_days").value()).isEqualByComparingTo("7");
        assertThat(p.require("age.majority").value()).isEqualByComparingTo("18");
        assertThat(p.require("stay.eu.waiting_months").value()).isEqualByComparingTo("3");
        assertThat(p.require("deadline.decision_days").value()).isEqualByComparingTo("30");
        assertThat(p.require("deadline.notification_days").value()).isEqualByComparingTo("8");
        assertThat(p.require("deadline.appeal_months").value()).isEqualByComparingTo("3");
        assertThat(p.require("deadline.forward_days").value()).isEqualByComparingTo("5");
        assertThat(p.require("premium.income_margin").effectiveFrom()).isEqualTo(LocalDate.of(2004, 9, 21));
        assertThat(p.require("premium.income_margin").legalReference())
                .isEqualTo(LegalReference.organicLaw1976("art. 57bis"));
    }

    @Test
    void flags() {
        assertThat(at("2016-07-20", "stay.subsidiary_protection_in_ris").isTrue()).isFalse();
        ParameterValue subsidiary = at("2016-07-21", "stay.subsidiary_protection_in_ris");
        assertThat(subsidiary.isTrue()).isTrue();
        assertThat(subsidiary.status()).isEqualTo(ParameterStatus.U);
        assertThat(subsidiary.note()).contains("entry into force not confirmed");
        assertThat(subsidiary.unit()).isEqualTo("flag");

        assertThat(at("2020-01-01", "category.shared_custody_full_category_3").isTrue()).isFalse();
        assertThat(at("2020-01-01", "category.shared_custody_full_category_3").note()).contains("27/03/2018");
        ParameterValue custody = at("2022-06-27", "category.shared_custody_full_category_3");
        assertThat(custody.isTrue()).isTrue();
        assertThat(custody.status()).isEqualTo(ParameterStatus.C2);
        assertThat(custody.value()).isEqualByComparingTo("1");

        ParameterValue stacks = at("2025-02-01", "assumption.general_exemption_stacks_with_art35");
        assertThat(stacks.isTrue()).isFalse();
        assertThat(stacks.value()).isEqualByComparingTo("0");
        assertThat(stacks.status()).isEqualTo(ParameterStatus.U);
        assertThat(stacks.note()).contains("Dossier.legalAssumptions");
    }

    @Test
    void a_date_before_the_first_supported_date_is_refused() {
        assertThatThrownBy(() -> catalogue.resolveAt(LocalDate.of(2005, 7, 31)))
                .isInstanceOf(DateOutOfRangeException.class)
                .hasMessageContaining("2005-08-01")
                .hasMessageContaining("2005-07-31")
                .satisfies(e -> assertThat(((DateOutOfRangeException) e).firstSupported()).isEqualTo(LocalDate.of(2005, 8, 1)));
        assertThat(catalogue.resolveAt(LocalDate.of(2005, 8, 1)).mayBeStale()).isFalse();
    }

    @Test
    void a_date_after_the_last_known_change_uses_the_last_values_and_may_be_stale() {
        ResolvedParameters later = catalogue.resolveAt(LocalDate.of(2026, 1, 1));
        assertThat(later.mayBeStale()).isTrue();
        assertThat(later.lastKnownChange()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(later.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        ParameterValue cat1 = later.require("ris.amount.category_1");
        assertThat(cat1.value()).isEqualByComparingTo("10513.60");
        assertThat(cat1.effectiveFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(later.require("exemption.socio_professional").value()).isEqualByComparingTo("309.48");

        ResolvedParameters atLastChange = catalogue.resolveAt(LocalDate.of(2025, 2, 1));
        assertThat(atLastChange.mayBeStale()).isFalse();
        assertThat(atLastChange.lastKnownChange()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(catalogue.resolveAt(LocalDate.of(2025, 2, 2)).mayBeStale()).isTrue();
    }

    @Test
    void every_parameter_is_resolved_at_the_last_known_change() {
        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2025, 2, 1));
        assertThat(p.values().keySet()).containsExactlyInAnyOrderElementsOf(catalogue.names());
    }
}
