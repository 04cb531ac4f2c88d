package be.cpas.rules.kb.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;

/** What-if values in place of the knowledge base's: the same compiled rules decide with them. */
class ParameterOverrideTest {

    private static final RulesEngine ENGINE = EngineFixture.ENGINE;

    private static Decision singleAdultWithoutResources(RulesEngine engine, String requestDate) {
        return engine.decide(TestDossiers.granted().set("requestDate", requestDate).build());
    }

    private static ParameterOverride override(String name, String from, String value) {
        return new ParameterOverride(name, LocalDate.parse(from), new BigDecimal(value));
    }

    @Test
    void aNewCoefficientFlowsIntoTheIndexedAmounts() {
        RulesEngine reform = ENGINE.withOverrides(List.of(override("index.social_benefit_coefficient", "2025-06-01", "1.8000")));

        // A person living alone is category 2. As written: base 9 058,25 × 1,7410 (2025-02-01) = 15 770,4133
        // → 15 770,41; / 12 = 1 314,20.
        assertThat(singleAdultWithoutResources(ENGINE, "2025-07-01").amount().monthly()).isEqualByComparingTo("1314.20");
        // Overridden: 9 058,25 × 1,8000 = 16 304,85; / 12 = 1 358,7375 → 1 358,74.
        Decision overridden = singleAdultWithoutResources(reform, "2025-07-01");
        assertThat(overridden.amount().yearly()).isEqualByComparingTo("16304.85");
        assertThat(overridden.amount().monthly()).isEqualByComparingTo("1358.74");
        // Before the override's date, the file's values still apply: 1 314,20.
        assertThat(singleAdultWithoutResources(reform, "2025-05-31").amount().monthly()).isEqualByComparingTo("1314.20");
        // The original engine is untouched.
        assertThat(ENGINE.overrides()).isEmpty();
        assertThat(reform.overrides()).extracting(ParameterOverride::name).containsExactly("index.social_benefit_coefficient");
    }

    @Test
    void anOverrideReplacesTheFilesLaterValuesAndTheirPublishedFigures() {
        // From 2024-01-01 the coefficient is 1,8 and the file's steps of 2024-05-01, 2025-02-01 and 2026-03-01 no
        // longer apply; their published figures are no longer checked against base × coefficient.
        RulesEngine reform = ENGINE.withOverrides(List.of(override("index.social_benefit_coefficient", "2024-01-01", "1.8")));
        // 9 058,25 × 1,8 = 16 304,85 (as above), in force on 2026-06-01 too: 1 358,74.
        assertThat(singleAdultWithoutResources(reform, "2026-06-01").amount().monthly()).isEqualByComparingTo("1358.74");
        ParameterEntry used = reform.parameters().definition("ris.amount.category_2").orElseThrow()
                .entryAt(LocalDate.parse("2026-06-01")).orElseThrow();
        assertThat(used.from()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(used.source()).contains("Override (simulation, not the law in force): index.social_benefit_coefficient = 1.8");
    }

    @Test
    void anIndexedAmountCanBeOverriddenItself() {
        RulesEngine reform = ENGINE.withOverrides(List.of(override("ris.amount.category_2", "2025-06-01", "12000.00")));
        // 12 000 / 12 = 1 000,00.
        assertThat(singleAdultWithoutResources(reform, "2025-07-01").amount().monthly()).isEqualByComparingTo("1000.00");
    }

    @Test
    void overridesReplaceEachOtherRatherThanAccumulate() {
        RulesEngine first = ENGINE.withOverrides(List.of(override("ris.amount.category_2", "2025-06-01", "12000.00")));
        RulesEngine second = first.withOverrides(List.of());
        assertThat(singleAdultWithoutResources(second, "2025-07-01").amount().monthly()).isEqualByComparingTo("1314.20");
    }

    @Test
    void anOverrideThatCannotApplyIsRefusedWithItsReason() {
        assertThatThrownBy(() -> ENGINE.withOverrides(List.of(override("ris.amount.category_9", "2025-01-01", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ris.amount.category_9'");
        assertThatThrownBy(() -> ENGINE.withOverrides(List.of(override("assumption.general_exemption_stacks_with_art35", "2025-01-01", "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a flag");
        assertThatThrownBy(() -> ENGINE.withOverrides(List.of(override("ris.amount.category_1", "2025-01-01", "1"),
                override("ris.amount.category_1", "2025-01-01", "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two values from 2025-01-01");
    }
}
