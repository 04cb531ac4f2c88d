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

/** Values in force at given dates, with their effective date, status and legal reference. */
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

    @ParameterizedTest(name = "{0} cat {1}: in force from {2}, {3}")
    @CsvSource({
            "2005-08-01, 1, 2005-08-01, C",
            "2018-07-01, 1, 2017-09-01, C2",
            "2019-07-01, 3, 2018-09-01, C",
            "2024-01-01, 1, 2023-11-01, D",
            "2025-02-01, 3, 2025-02-01, C2",
    })
    void ris_amount_effective_date_status_and_reference(String date, int category, String from, ParameterStatus status) {
        ParameterValue value = at(date, "ris.amount.category_" + category);
        assertThat(value.effectiveFrom()).isEqualTo(LocalDate.parse(from));
        assertThat(value.status()).isEqualTo(status);
        assertThat(value.unit()).isEqualTo("EUR/year");
        assertThat(value.legalReference()).isEqualTo(LegalReference.law2002("art. 14, §1, " + category + "°"));
    }

    @ParameterizedTest(name = "{0} {1} = {2} (day before a change)")
    @CsvSource({
            "2006-09-30, ris.amount.category_1,  5004.83",
            "2013-08-31, ris.amount.category_3, 12821.41",
            "2018-06-30, ris.amount.category_3, 14283.19",
            "2021-06-30, ris.amount.category_1,  7877.41",
            // 6 038.83 x 1.7069 = 10 307.68 (the 2024-05-01 amount)
            "2025-01-31, ris.amount.category_1, 10307.68",
            // 177.76 x 1.5769 = 280.31 (2022-08-01)
            "2022-10-31, exemption.socio_professional, 280.31",
            // 49.58 x 1.4002 = 69.42 (2018-09-01)
            "2020-02-29, exemption.student.with_grant, 69.42",
            // the welfare step planned for 2024-01-01 was abolished: still 6 038.83 x 1.6734 = 10 105.38
            "2024-01-01, ris.amount.category_1, 10105.38",
            "2016-07-20, stay.subsidiary_protection_in_ris, 0",
            "2022-06-26, category.shared_custody_full_category_3, 0",
    })
    void the_day_before_a_change_gives_the_old_value(String date, String name, String expected) {
        assertThat(at(date, name).value()).isEqualByComparingTo(expected);
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
    void worked_example_cohabitant_2025() {
        // bdas ?p=3321: 10 513,60 - (3 600 - 155) = 7 068,60 per year = 589,05 per month
        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2025, 2, 1));
        BigDecimal counted = new BigDecimal("3600").subtract(p.require("exemption.general.category_1").value());
        BigDecimal ris = p.require("ris.amount.category_1").value().subtract(counted);
        assertThat(ris).isEqualByComparingTo("7068.60");
        assertThat(monthly(ris)).isEqualByComparingTo("589.05");
    }

    @Test
    void art_35_durations_and_units() {
        assertThat(at("2025-02-01", "exemption.socio_professional").unit()).isEqualTo("EUR/month");
        assertThat(at("2025-02-01", "exemption.artistic").unit()).isEqualTo("EUR/year");
        assertThat(at("2025-02-01", "exemption.artistic").legalReference()).isEqualTo(LegalReference.royalDecree2002("art. 35, §3"));
        assertThat(at("2010-01-01", "exemption.socio_professional.duration_months").value()).isEqualByComparingTo("36");
        assertThat(at("2010-01-01", "exemption.socio_professional.window_months").value()).isEqualByComparingTo("72");
        assertThat(at("2010-01-01", "exemption.artistic.duration_months").value()).isEqualByComparingTo("36");
        assertThat(at("2010-01-01", "exemption.student.max_age_at_opening").value()).isEqualByComparingTo("25");
    }

    @Test
    void a_parameter_without_a_value_yet_is_absent() {
        assertThat(catalogue.resolveAt(LocalDate.of(2023, 12, 31)).get("exemption.socio_professional.shortage_occupation")).isEmpty();
        assertThat(catalogue.resolveAt(LocalDate.of(2024, 1, 1)).get("exemption.socio_professional.shortage_occupation")).isPresent();
        assertThat(catalogue.resolveAt(LocalDate.of(2016, 1, 8)).require("residence.abroad.max_days_per_year").status())
                .isEqualTo(ParameterStatus.U);
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
        // art. 27 AR worked example: 25 500 EUR -> 378 + 1 300 = 1 678 EUR per year
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
        assertThat(at("2020-01-01", "category.shared_custody_full_category_3").source()).contains("27 March 2018");
        ParameterValue custody = at("2022-06-27", "category.shared_custody_full_category_3");
        assertThat(custody.isTrue()).isTrue();
        assertThat(custody.status()).isEqualTo(ParameterStatus.C2);
        assertThat(custody.value()).isEqualByComparingTo("1");

        // the SPP IS applies the art. 35 exemption first, then the flat-rate exemption of the category [C]
        ParameterValue stacks = at("2025-02-01", "assumption.general_exemption_stacks_with_art35");
        assertThat(stacks.isTrue()).isTrue();
        assertThat(stacks.value()).isEqualByComparingTo("1");
        assertThat(stacks.status()).isEqualTo(ParameterStatus.C);
        assertThat(stacks.source()).contains("SPP Intégration sociale");
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
        ResolvedParameters later = catalogue.resolveAt(LocalDate.of(2026, 11, 23));
        assertThat(later.mayBeStale()).isTrue();
        assertThat(later.lastKnownChange()).isEqualTo(LocalDate.of(2026, 3, 1));
        ParameterValue cat1 = later.require("ris.amount.category_1");
        // 6 038.83 x 1.7758 = 10 723.75
        assertThat(cat1.value()).isEqualByComparingTo("10723.75");
        assertThat(cat1.effectiveFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(later.require("exemption.socio_professional").value()).isEqualByComparingTo("315.67");

        assertThat(catalogue.resolveAt(LocalDate.of(2026, 3, 1)).mayBeStale()).isFalse();
        assertThat(catalogue.resolveAt(LocalDate.of(2026, 1, 15)).mayBeStale()).isFalse();
        assertThat(catalogue.resolveAt(LocalDate.of(2026, 3, 2)).mayBeStale()).isTrue();
    }

    @Test
    void every_parameter_is_resolved_at_the_last_known_change() {
        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2026, 3, 1));
        assertThat(p.values().keySet()).containsExactlyInAnyOrderElementsOf(catalogue.names());
    }
}
