package be.cpas.rules.kb.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.cpas.rules.kb.source.KbSource;

/** Loading an analyst's working copy: a malformed file is refused with its name and what is wrong. */
class ParameterCatalogueLoadingTest {

    static final String HEADER = """
            description: A test amount
            reference: {instrument: "Loi du 26 mai 2002", article: "art. 14, §1, 1°", publication: "Moniteur belge du 31 juillet 2002"}
            unit: EUR/year
            indexed: true
            required: true
            """;

    static final String GOOD_VALUES = """
            values:
              - from: 2005-08-01
                value: 5004.83
                monthly: 417.07
                status: C
                source: "primabook"
              - from: 2021-07-01
                monthly: 669.58
                status: D
                source: "derived"
                note: "welfare step"
            """;

    @TempDir
    Path dir;

    private KbSource sourceWith(String relativePath, String content) throws IOException {
        Path file = dir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return KbSource.fromDirectory(dir);
    }

    @Test
    void a_well_formed_working_copy_loads_and_derives_the_yearly_amount() throws IOException {
        KbSource source = sourceWith("parameters/test/amount.yaml", HEADER + GOOD_VALUES);
        sourceWith("parameters/test/rate.yaml", """
                description: A test rate
                reference: {instrument: "AR du 11 juillet 2002", article: "art. 27", publication: "Moniteur belge du 31 juillet 2002"}
                unit: rate
                indexed: false
                required: false
                values:
                  - {from: 2002-10-01, value: 0.06, status: C, source: "AR du 11 juillet 2002, art. 27"}
                """);
        source = KbSource.fromDirectory(dir);
        ParameterCatalogue catalogue = ParameterCatalogue.load(source);
        assertThat(catalogue.names()).containsExactly("test.amount", "test.rate");
        assertThat(catalogue.firstDate()).isEqualTo(LocalDate.of(2005, 8, 1));
        assertThat(catalogue.lastKnownChange()).isEqualTo(LocalDate.of(2021, 7, 1));

        ResolvedParameters p = catalogue.resolveAt(LocalDate.of(2021, 7, 1));
        assertThat(p.require("test.amount").value()).isEqualByComparingTo("8034.96");
        assertThat(p.require("test.amount").note())
                .isEqualTo("yearly derived from the published monthly × 12; welfare step");
        assertThat(p.require("test.rate").value()).isEqualTo(new BigDecimal("0.06"));
        assertThat(catalogue.resolveAt(LocalDate.of(2010, 1, 1)).require("test.amount").value())
                .isEqualTo(new BigDecimal("5004.83"));
    }

    /** Each case: why, the text to replace in the good file, its replacement, what the message must say. */
    static Stream<Arguments> malformedValues() {
        return Stream.of(
                Arguments.of("no source", "source: \"primabook\"", "", "'source' is missing"),
                Arguments.of("status D/U", "status: C", "status: D/U", "status 'D/U' is not one of"),
                Arguments.of("no status", "status: C", "", "'status' is missing"),
                Arguments.of("value is text", "value: 5004.83", "value: \"a lot\"", "'value' must be a number"),
                Arguments.of("misspelt key", "value: 5004.83", "valeu: 5004.83", "valeu"),
                Arguments.of("impossible date", "from: 2005-08-01", "from: 2005-13-01", "not a valid parameter file"),
                Arguments.of("no from", "- from: 2005-08-01\n    value: 5004.83", "- value: 5004.83", "'from' is missing"),
                Arguments.of("pointer outside", "source: \"primabook\"", "source: \"FACTS §2\"", "outside the knowledge base"),
                Arguments.of("seed pointer", "source: \"primabook\"", "source: \"seed 012\"", "outside the knowledge base"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedValues")
    void a_malformed_value_is_refused_naming_the_file(String why, String replace, String by, String expected)
            throws IOException {
        String good = HEADER + GOOD_VALUES;
        String content = good.replaceFirst(Pattern.quote(replace), Matcher.quoteReplacement(by));
        assertThat(content).as("the test case must change the file").isNotEqualTo(good);
        KbSource source = sourceWith("parameters/bad/amount.yaml", content);
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .as(why)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/amount.yaml")
                .hasMessageContaining(expected);
    }

    static Stream<Arguments> malformedHeaders() {
        return Stream.of(
                Arguments.of("no description", "description: A test amount\n", "", "'description' is missing"),
                Arguments.of("no reference", "reference: {instrument: \"Loi du 26 mai 2002\", article: \"art. 14, §1, 1°\", publication: \"Moniteur belge du 31 juillet 2002\"}\n", "", "'reference'"),
                Arguments.of("no article", ", article: \"art. 14, §1, 1°\"", "", "'reference'"),
                Arguments.of("no publication", ", publication: \"Moniteur belge du 31 juillet 2002\"", "", "'publication'"),
                Arguments.of("eli not an address", "publication: ", "eli: \"eli/loi/2002\", publication: ", "https://"),
                Arguments.of("no unit", "unit: EUR/year\n", "", "'unit' is missing"),
                Arguments.of("unknown unit", "unit: EUR/year", "unit: euros", "unit 'euros' is not one of"),
                Arguments.of("no indexed", "indexed: true\n", "", "'indexed'"),
                Arguments.of("no required", "required: true\n", "", "'required'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedHeaders")
    void a_malformed_header_is_refused_naming_the_file(String why, String replace, String by, String expected)
            throws IOException {
        String content = HEADER.replace(replace, by) + GOOD_VALUES;
        assertThat(content).as("the test case must change the file").isNotEqualTo(HEADER + GOOD_VALUES);
        KbSource source = sourceWith("parameters/bad/header.yaml", content);
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .as(why)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/header.yaml")
                .hasMessageContaining(expected);
    }

    @Test
    void a_file_without_values_is_refused() throws IOException {
        KbSource source = sourceWith("parameters/bad/empty_values.yaml", HEADER + "values: []\n");
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/empty_values.yaml")
                .hasMessageContaining("at least one dated value");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        KbSource source = sourceWith("parameters/bad/nothing.yaml", "");
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/nothing.yaml");
    }

    @Test
    void dates_out_of_order_or_repeated_are_refused() throws IOException {
        KbSource outOfOrder = sourceWith("parameters/bad/order.yaml", HEADER + """
                values:
                  - {from: 2010-01-01, value: 2, status: C, source: s}
                  - {from: 2005-08-01, value: 1, status: C, source: s}
                """);
        assertThatThrownBy(() -> ParameterCatalogue.load(outOfOrder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/order.yaml")
                .hasMessageContaining("strictly increasing");
        Files.delete(dir.resolve("parameters/bad/order.yaml"));
        KbSource repeated = sourceWith("parameters/bad/twice.yaml", HEADER + """
                values:
                  - {from: 2005-08-01, value: 1, status: C, source: s}
                  - {from: 2005-08-01, value: 2, status: C, source: s}
                """);
        assertThatThrownBy(() -> ParameterCatalogue.load(repeated))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/twice.yaml")
                .hasMessageContaining("strictly increasing");
    }

    @Test
    void a_flag_must_be_true_or_false() throws IOException {
        KbSource source = sourceWith("parameters/bad/flag.yaml", """
                description: A flag
                reference: {instrument: "Loi du 26 mai 2002", article: "art. 3, 3°", publication: "MB 31.07.2002"}
                unit: flag
                indexed: false
                required: false
                values:
                  - {from: 2005-08-01, value: 1, status: C, source: s}
                """);
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/flag.yaml")
                .hasMessageContaining("true or false");
    }

    @Test
    void monthly_without_value_is_only_for_yearly_amounts() throws IOException {
        KbSource source = sourceWith("parameters/bad/monthly.yaml", """
                description: A monthly amount
                reference: {instrument: "AR du 11 juillet 2002", article: "art. 35, §1", publication: "MB 31.07.2002"}
                unit: EUR/month
                indexed: true
                required: false
                values:
                  - {from: 2008-09-01, monthly: 216.69, status: C, source: s}
                """);
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/monthly.yaml")
                .hasMessageContaining("EUR/year");
    }

    @Test
    void a_value_needs_value_or_monthly() throws IOException {
        KbSource source = sourceWith("parameters/bad/novalue.yaml", HEADER + """
                values:
                  - {from: 2005-08-01, status: C, source: s}
                """);
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/bad/novalue.yaml")
                .hasMessageContaining("'value' (or, for a yearly amount, 'monthly') is missing");
    }

    // ---- indexed amounts: base × coefficient ----

    static final String COEFFICIENT = """
            description: A test coefficient
            reference: {instrument: "Loi du 2 août 1971", article: "the regime", publication: "MB 20.08.1971"}
            unit: coefficient
            indexed: true
            required: false
            values:
              - {from: 2023-11-01, value: 1.6734, status: D, source: "1.02^26"}
              - {from: 2025-02-01, value: 1.7410, status: C2, source: "1.02^28"}
            """;

    static final String BASE = """
            description: A test base
            reference: {instrument: "Loi du 26 mai 2002", article: "art. 14, §1, 1°", publication: "MB 31.07.2002"}
            unit: EUR/year
            indexed: false
            required: false
            values:
              - {from: 2023-07-01, value: 6038.83, status: C, source: "news.belgium.be"}
            """;

    static final String DERIVED = """
            description: A test amount
            reference: {instrument: "Loi du 26 mai 2002", article: "art. 14, §1, 1°", publication: "MB 31.07.2002"}
            unit: EUR/year
            indexed: true
            required: true
            derived: {base: test.base, coefficient: test.coefficient}
            published:
              - {from: 2025-02-01, value: 10513.60, monthly: 876.13, status: C2, source: "bdas"}
            """;

    private KbSource indexedSource(String derived) throws IOException {
        sourceWith("parameters/test/coefficient.yaml", COEFFICIENT);
        sourceWith("parameters/test/base.yaml", BASE);
        return sourceWith("parameters/test/amount.yaml", derived);
    }

    @Test
    void an_indexed_amount_is_base_times_coefficient_with_the_published_status() throws IOException {
        ParameterCatalogue catalogue = ParameterCatalogue.load(indexedSource(DERIVED));
        ParameterDefinition amount = catalogue.definition("test.amount").orElseThrow();
        // 6 038.83 x 1.6734 = 10 105.378 -> 10 105.38 from 2023-11-01 (the later of 2023-07-01 and 2023-11-01)
        assertThat(amount.firstDate()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(amount.entries().get(0).value()).isEqualByComparingTo("10105.38");
        // no published figure: the weaker of C (base) and D (coefficient)
        assertThat(amount.entries().get(0).status()).isEqualTo(ParameterStatus.D);
        // 6 038.83 x 1.7410 = 10 513.60, published C2
        ParameterEntry published = amount.entries().get(1);
        assertThat(published.value()).isEqualByComparingTo("10513.60");
        assertThat(published.status()).isEqualTo(ParameterStatus.C2);
        assertThat(published.source()).isEqualTo("bdas");
        assertThat(published.publishedMonthly()).isEqualByComparingTo("876.13");
        assertThat(catalogue.lastKnownChange()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void a_published_figure_that_base_times_coefficient_does_not_give_is_refused_unless_explained() throws IOException {
        KbSource wrong = indexedSource(DERIVED.replace("monthly: 876.13", "monthly: 876.12"));
        assertThatThrownBy(() -> ParameterCatalogue.load(wrong))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameters/test/amount.yaml")
                .hasMessageContaining("published 876.12 a month, base × coefficient / 12 gives 876.13")
                .hasMessageContaining("'exception'");
        KbSource explained = indexedSource(DERIVED.replace("monthly: 876.13,", "monthly: 876.12, exception: \"misprint\","));
        assertThat(ParameterCatalogue.load(explained).definition("test.amount").orElseThrow().lastChange())
                .isEqualTo(LocalDate.of(2025, 2, 1));
        KbSource needless = indexedSource(DERIVED.replace("monthly: 876.13,", "monthly: 876.13, exception: \"misprint\","));
        assertThatThrownBy(() -> ParameterCatalogue.load(needless))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has an 'exception' but equals base × coefficient");
    }

    @Test
    void a_published_figure_on_a_date_without_a_step_is_refused() throws IOException {
        KbSource source = indexedSource(DERIVED.replace("from: 2025-02-01", "from: 2025-03-01"));
        assertThatThrownBy(() -> ParameterCatalogue.load(source))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("published figures on [2025-03-01]");
    }

    @Test
    void an_indexed_amount_needs_existing_inputs_and_no_values() throws IOException {
        KbSource missing = indexedSource(DERIVED.replace("base: test.base", "base: test.nothing"));
        assertThatThrownBy(() -> ParameterCatalogue.load(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("its base 'test.nothing'");
        KbSource withValues = indexedSource(DERIVED + "values:\n  - {from: 2025-02-01, value: 1, status: C, source: s}\n");
        assertThatThrownBy(() -> ParameterCatalogue.load(withValues))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no 'values'");
    }
}
