package be.cpas.rules.kb.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import be.cpas.rules.kb.source.KbSource;

/**
 * Timeline coverage of every parameter file (after Catala's {@code tests_couverture_temporelle}):
 * dates strictly increasing, no gap from the first value on, every value sourced and tagged, every
 * instrument with its publication, amounts not negative, the coefficient and the indexed amounts never going
 * down, and no pointer to a document outside the repository.
 */
class ParameterTimelineTest {

    static final Set<String> EXPECTED_NAMES = Set.of(
            "ris.amount.category_1", "ris.amount.category_2", "ris.amount.category_3",
            "exemption.general.category_1", "exemption.general.category_2", "exemption.general.category_3",
            "exemption.socio_professional", "exemption.student.without_grant", "exemption.student.with_grant",
            "exemption.artistic",
            "exemption.socio_professional.duration_months", "exemption.socio_professional.window_months",
            "exemption.artistic.duration_months", "exemption.student.max_age_at_opening",
            "capital.movable.exempt_up_to", "capital.movable.lower_bracket_up_to",
            "capital.movable.lower_bracket_rate", "capital.movable.upper_bracket_rate",
            "property.built.cadastral_income_exemption", "property.built.exemption_per_child",
            "property.built.multiplier", "property.unbuilt.cadastral_income_exemption",
            "residence.abroad.max_days_per_year", "residence.abroad.report_from_days", "assumption.first_month_pro_rata",
            "age.majority", "stay.eu.waiting_months", "stay.eu.family_of_belgian_waits",
            "stay.subsidiary_protection_in_ris", "category.shared_custody_full_category_3",
            "cohabitant.art34_new_text_unknown",
            "premium.income_margin",
            "deadline.decision_days", "deadline.notification_days", "deadline.appeal_months", "deadline.forward_days",
            "assumption.general_exemption_stacks_with_art35",
            "index.social_benefit_coefficient",
            "ris.base.category_1", "ris.base.category_2", "ris.base.category_3",
            "exemption.base.socio_professional", "exemption.base.student_without_grant",
            "exemption.base.student_with_grant", "exemption.base.artistic", "exemption.base.shortage_occupation",
            "exemption.socio_professional.shortage_occupation", "exemption.shortage_occupation.duration_months",
            "residence.abroad.per_calendar_year", "residence.abroad.free_months_per_stay", "assumption.days_abroad_calendar_days",
            "maintenance_aid.rate", "maintenance_aid.yearly_ceiling", "maintenance_aid.placement_contribution",
            "piis.general_obligation", "piis.deadline_months", "piis.mandatory_under_age");

    /** The indexed amounts: base × coefficient. */
    static final Set<String> DERIVED = Set.of(
            "ris.amount.category_1", "ris.amount.category_2", "ris.amount.category_3",
            "exemption.socio_professional", "exemption.student.without_grant", "exemption.student.with_grant",
            "exemption.artistic", "exemption.socio_professional.shortage_occupation");

    /** A date well after the last known change: every parameter must still have a value there. */
    static final LocalDate FAR_FUTURE = LocalDate.of(2040, 1, 1);

    static ParameterCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = ParameterCatalogue.load(KbSource.fromClasspath());
    }

    static Stream<String> names() {
        return ParameterCatalogue.load(KbSource.fromClasspath()).names().stream();
    }

    private static ParameterDefinition definition(String name) {
        return catalogue.definition(name).orElseThrow();
    }

    @Test
    void every_expected_parameter_has_a_file_and_there_is_no_other() {
        assertThat(new TreeSet<>(catalogue.names())).containsExactlyElementsOf(new TreeSet<>(EXPECTED_NAMES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void dates_strictly_increase(String name) {
        List<ParameterEntry> entries = definition(name).entries();
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).from())
                    .as("%s: value %d must start after value %d", name, i + 1, i)
                    .isAfter(entries.get(i - 1).from());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void no_gap_from_the_first_value_on(String name) {
        ParameterDefinition definition = definition(name);
        List<ParameterEntry> entries = definition.entries();
        List<LocalDate> probes = new ArrayList<>();
        for (ParameterEntry entry : entries) {
            probes.add(entry.from());
            probes.add(entry.from().plusDays(1));
            if (!entry.from().equals(definition.firstDate())) {
                probes.add(entry.from().minusDays(1));
            }
        }
        probes.add(FAR_FUTURE);
        for (LocalDate probe : probes) {
            // each entry runs until the day before the next one, the last one without end
            ParameterEntry inForce = definition.entryAt(probe).orElseThrow(
                    () -> new AssertionError(name + " has no value at " + probe));
            int index = entries.indexOf(inForce);
            assertThat(inForce.from()).as("%s at %s", name, probe).isBeforeOrEqualTo(probe);
            if (index + 1 < entries.size()) {
                assertThat(entries.get(index + 1).from()).as("%s at %s", name, probe).isAfter(probe);
            }
            if (!probe.isBefore(catalogue.firstDate())) {
                assertThat(catalogue.resolveAt(probe).get(name)).as("%s resolved at %s", name, probe).isPresent();
            }
        }
        assertThat(definition.entryAt(definition.firstDate().minusDays(1)))
                .as("%s before its first value", name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void every_value_has_a_source_and_a_status(String name) {
        ParameterDefinition definition = definition(name);
        assertThat(definition.description()).isNotBlank();
        assertThat(definition.reference().instrument()).isNotBlank();
        assertThat(definition.reference().article()).isNotBlank();
        assertThat(definition.publication()).as("%s: publication", name).contains("Moniteur belge");
        if (definition.eli() != null) {
            assertThat(definition.eli()).startsWith("https://www.ejustice.just.fgov.be/eli/");
        }
        for (ParameterEntry entry : definition.entries()) {
            assertThat(entry.source()).as("%s from %s: source", name, entry.from()).isNotBlank();
            assertThat(entry.status()).as("%s from %s: status", name, entry.from()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void values_are_not_negative_and_flags_are_zero_or_one(String name) {
        ParameterDefinition definition = definition(name);
        for (ParameterEntry entry : definition.entries()) {
            assertThat(entry.value()).as("%s from %s", name, entry.from()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            if (definition.isFlag()) {
                assertThat(entry.value()).as("%s from %s", name, entry.from()).isIn(BigDecimal.ZERO, BigDecimal.ONE);
            }
            if ("rate".equals(definition.unit()) && !name.endsWith("multiplier")) {
                assertThat(entry.value()).as("%s from %s", name, entry.from()).isLessThanOrEqualTo(BigDecimal.ONE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void indexed_amounts_never_go_down(String name) {
        ParameterDefinition definition = definition(name);
        if (!definition.indexed()) {
            return;
        }
        List<ParameterEntry> entries = definition.entries();
        for (int i = 1; i < entries.size(); i++) {
            if (name.equals("exemption.student.with_grant") && entries.get(i).from().equals(LocalDate.of(2021, 10, 1))) {
                // the one fall the law made: the COVID-19 measure ends, back to the grant amount (258.96 -> 72.23)
                assertThat(entries.get(i).value()).isEqualByComparingTo("72.23");
                continue;
            }
            assertThat(entries.get(i).value())
                    .as("%s from %s must not be below the value from %s", name, entries.get(i).from(), entries.get(i - 1).from())
                    .isGreaterThanOrEqualTo(entries.get(i - 1).value());
        }
    }

    @Test
    void the_indexed_amounts_are_exactly_the_derived_ones() {
        Set<String> derived = new TreeSet<>();
        for (ParameterDefinition definition : catalogue.definitions()) {
            if (definition.isDerived()) {
                derived.add(definition.name());
                assertThat(definition.derivedFrom().coefficient()).isEqualTo("index.social_benefit_coefficient");
                assertThat(definition.indexed()).as(definition.name()).isTrue();
                ParameterDefinition base = definition(definition.derivedFrom().base());
                assertThat(base.unit()).as(definition.name()).isEqualTo(definition.unit());
                for (ParameterEntry entry : definition.entries()) {
                    assertThat(entry.derivation()).as("%s from %s", definition.name(), entry.from()).isNotNull();
                    BigDecimal product = entry.derivation().base().multiply(entry.derivation().coefficient())
                            .setScale(2, RoundingMode.HALF_UP);
                    assertThat(entry.value()).as("%s from %s", definition.name(), entry.from()).isEqualByComparingTo(product);
                    // in force from the later of the dates of its two inputs
                    LocalDate later = entry.derivation().baseFrom().isAfter(entry.derivation().coefficientFrom())
                            ? entry.derivation().baseFrom() : entry.derivation().coefficientFrom();
                    assertThat(entry.from()).as("%s from %s", definition.name(), entry.from()).isAfterOrEqualTo(later);
                }
            }
        }
        assertThat(derived).containsExactlyElementsOf(new TreeSet<>(DERIVED));
    }

    @Test
    void the_coefficient_never_decreases_and_is_the_only_indexed_input() {
        ParameterDefinition coefficient = definition("index.social_benefit_coefficient");
        assertThat(coefficient.unit()).isEqualTo("coefficient");
        assertThat(coefficient.indexed()).isTrue();
        List<ParameterEntry> entries = coefficient.entries();
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).value()).as("coefficient from %s", entries.get(i).from())
                    .isGreaterThan(entries.get(i - 1).value());
        }
        for (ParameterDefinition definition : catalogue.definitions()) {
            if (definition.indexed()) {
                assertThat(definition.isDerived() || definition == coefficient).as(definition.name()).isTrue();
            }
        }
    }

    @Test
    void ris_amounts_are_yearly_indexed_required_and_rise_at_each_entry() {
        for (int category = 1; category <= 3; category++) {
            ParameterDefinition ris = definition("ris.amount.category_" + category);
            assertThat(ris.unit()).isEqualTo("EUR/year");
            assertThat(ris.indexed()).isTrue();
            assertThat(ris.required()).isTrue();
            List<ParameterEntry> entries = ris.entries();
            for (int i = 1; i < entries.size(); i++) {
                // a value equal to the previous one is not a change
                assertThat(entries.get(i).value()).as("%s from %s", ris.name(), entries.get(i).from())
                        .isGreaterThan(entries.get(i - 1).value());
            }
        }
    }

    @Test
    void no_parameter_value_is_derived_from_a_monthly_figure_any_more() {
        for (ParameterDefinition definition : catalogue.definitions()) {
            for (ParameterEntry entry : definition.entries()) {
                assertThat(entry.derivedFromMonthly()).as("%s from %s", definition.name(), entry.from()).isFalse();
            }
        }
    }

    @Test
    void first_date_and_last_known_change() {
        assertThat(catalogue.firstDate()).isEqualTo(LocalDate.of(2005, 8, 1));
        assertThat(catalogue.lastKnownChange()).isEqualTo(LocalDate.of(2026, 3, 1));
        for (ParameterDefinition definition : catalogue.definitions()) {
            if (definition.required()) {
                assertThat(definition.firstDate()).as(definition.name()).isBeforeOrEqualTo(catalogue.firstDate());
            }
        }
    }

    /** The repository stands on its own: no parameter file or parameter class points to an internal document. */
    @Test
    void nothing_points_outside_the_repository() throws IOException {
        Pattern outside = Pattern.compile("FACTS|shared[/]|seed 0[0-9]");
        List<Path> roots = List.of(Path.of("src/main/resources/cpas-kb/parameters"),
                Path.of("src/main/java/be/cpas/rules/kb/parameters"), Path.of("src/test/java/be/cpas/rules/kb/parameters"));
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        // the pattern itself, and the loading tests that check such a text is refused
                        boolean checksTheRule = lines.get(i).contains("Pattern.compile") || lines.get(i).contains("outside the knowledge base");
                        if (outside.matcher(lines.get(i)).find() && !checksTheRule) {
                            found.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
