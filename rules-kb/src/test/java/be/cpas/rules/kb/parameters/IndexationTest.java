package be.cpas.rules.kb.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.source.KbSource;

/**
 * Every indexed amount is its base × the social-benefit coefficient, rounded to the cent: each published figure
 * of the RIS (art. 14, §1 L) and of the art. 35 AR exemptions is given back to the cent, except the figures
 * named in {@link #EXCEPTIONS}, whose parameter file says why.
 */
class IndexationTest {

    static final String COEFFICIENT = "index.social_benefit_coefficient";

    /**
     * The published figures that base × coefficient does not give back, and what the engine uses instead.
     * Key: parameter name and date; value: {published, computed}. Monthly figures for the RIS (yearly / 12).
     */
    static final Map<String, String[]> EXCEPTIONS = Map.ofEntries(
            // the table's monthly figure: 5 806.30 / 12 = 483.858 -> 483.86, the table prints 483.85
            Map.entry("ris.amount.category_1 2009-06-01", new String[] {"483.85", "483.86"}),
            // figures derived by chaining +2 % on the previous month, not published: 11 404.75 x 1.4282 = 16 288.26 / 12
            Map.entry("ris.amount.category_3 2021-07-01", new String[] {"1357.35", "1357.36"}),
            // 5 625.93 x 1.4568 = 8 195.85 / 12 = 682.99 (chained: 669.58 x 1.02 = 682.97)
            Map.entry("ris.amount.category_1 2021-09-01", new String[] {"682.97", "682.99"}),
            // 8 438.92 x 1.4568 = 12 293.82 / 12 = 1 024.49
            Map.entry("ris.amount.category_2 2021-09-01", new String[] {"1024.46", "1024.49"}),
            // 11 404.75 x 1.4568 = 16 614.44 / 12 = 1 384.54
            Map.entry("ris.amount.category_3 2021-09-01", new String[] {"1384.50", "1384.54"}),
            // 8 659.80 x 1.5157 = 13 125.66 / 12 = 1 093.81
            Map.entry("ris.amount.category_2 2022-03-01", new String[] {"1093.75", "1093.81"}),
            // 8 659.80 x 1.5460 = 13 388.05 / 12 = 1 115.67
            Map.entry("ris.amount.category_2 2022-05-01", new String[] {"1115.55", "1115.67"}),
            // 11 703.23 x 1.5460 = 18 093.19 / 12 = 1 507.77
            Map.entry("ris.amount.category_3 2022-05-01", new String[] {"1507.78", "1507.77"}),
            // 11 703.23 x 1.6406 = 19 200.32 / 12 = 1 600.03
            Map.entry("ris.amount.category_3 2022-12-01", new String[] {"1600.02", "1600.03"}),
            // 2 133.12 x 1.0612 = 2 263.666944 -> 2 263.67
            Map.entry("exemption.artistic 2002-10-01", new String[] {"2263.68", "2263.67"}));

    static ParameterCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = ParameterCatalogue.load(KbSource.fromClasspath());
    }

    private static ParameterEntry entry(String name, String date) {
        return catalogue.definition(name).orElseThrow().entryAt(LocalDate.parse(date))
                .orElseThrow(() -> new AssertionError(name + " has no value at " + date));
    }

    private static BigDecimal monthly(BigDecimal yearly) {
        return yearly.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** The figure the engine must give: the published one, or the computed one of a named exception. */
    private static String expected(String name, String date, String published) {
        String[] exception = EXCEPTIONS.get(name + " " + date);
        if (exception == null) {
            return published;
        }
        assertThat(exception[0]).as("exception %s %s names the published figure", name, date).isEqualTo(published);
        return exception[1];
    }

    @ParameterizedTest(name = "RIS on {0}: {1} / {2} / {3} a month")
    @CsvSource(nullValues = "-", value = {
            // from,     cat 1,  cat 2,   cat 3,   yearly 1, yearly 2,  yearly 3, status 1/2/3
            "2005-08-01, 417.07, 625.60, 834.14, 5004.83, 7507.25, 10009.67, C C C",
            "2006-10-01, 429.66, 644.48, 859.31, 5155.87, 7733.81, 10311.74, C C C",
            "2007-04-01, 438.25, 657.37, 876.50, 5258.99, 7888.48, 10517.98, C C C",
            "2008-01-01, 455.96, 683.95, 911.93, 5471.57, 8207.36, 10943.15, C C C",
            "2008-05-01, 465.07, 697.61, 930.14, 5580.84, 8371.27, 11161.70, C C C",
            "2008-09-01, 474.37, 711.56, 948.74, 5692.45, 8538.68, 11384.91, C C C",
            "2009-06-01, 483.85, 725.79, 967.72, 5806.30, 8709.45, 11612.61, C C C",
            "2010-09-01, 493.54, 740.32, 987.09, 5922.53, 8883.78, 11845.05, C C C",
            "2011-05-01, 503.39, 755.08, 1006.78, 6040.65, 9060.97, 12081.30, C C C",
            "2011-09-01, 513.46, 770.18, 1026.91, 6161.46, 9242.20, 12322.93, C C C",
            "2012-02-01, 523.74, 785.61, 1047.48, 6284.87, 9427.30, 12569.74, C C C",
            "2012-12-01, 534.23, 801.34, 1068.45, 6410.70, 9616.05, 12821.41, C C C",
            "2013-09-01, 544.91, 817.36, 1089.82, 6538.91, 9808.37, 13077.84, C C C",
            "2015-09-01, 555.81, 833.71, 1111.62, 6669.69, 10004.54, 13339.39, C2 C2 C2",
            "2016-04-01, 566.92, 850.39, 1133.85, 6803.08, 10204.63, 13606.18, C C C",
            "2016-06-01, 578.27, 867.40, 1156.53, 6939.19, 10408.80, 13878.41, C2 C2 C2",
            "2017-06-01, 589.82, 884.74, 1179.65, 7077.88, 10616.84, 14155.79, C2 C2 C2",
            "2017-09-01, 595.13, 892.70, 1190.27, 7141.58, 10712.38, 14283.19, C2 C2 C2",
            // cat 3 only (+40 a month); cat 1 and 2 keep the 2017-09-01 amounts and status
            "2018-07-01, 595.13, 892.70, 1230.27, 7141.58, 10712.38, 14763.19, C2 C2 C",
            "2018-09-01, 607.01, 910.52, 1254.82, 7284.12, 10926.19, 15057.85, C C C",
            // cat 1 and 2 only; cat 3 keeps the 2018-09-01 amount and status
            "2019-07-01, 619.15, 928.73, 1254.82, 7429.80, 11144.72, 15057.85, C2 C2 C",
            "2020-01-01, 626.74, 940.11, 1270.51, 7520.85, 11281.30, 15246.08, C C C",
            "2020-03-01, 639.27, 958.91, 1295.91, 7671.25, 11506.89, 15550.96, C2 C2 C2",
            "2021-01-01, 656.45, 984.68, 1330.74, 7877.41, 11816.14, 15968.89, C C C",
            "2021-07-01, 669.58, 1004.37, 1357.35, -, -, -, D D D",
            "2021-09-01, 682.97, 1024.46, 1384.50, -, -, -, D D D",
            "2022-01-01, 714.86, 1072.30, 1449.15, -, -, -, C2 C2 C2",
            "2022-03-01, 729.20, 1093.75, 1478.22, -, -, -, C2 D C2",
            "2022-05-01, 743.78, 1115.55, 1507.78, -, -, -, U U U",
            "2022-08-01, 758.64, 1137.97, 1537.90, -, -, -, C C C",
            "2022-11-01, 773.80, 1160.70, 1568.62, -, -, -, C C C",
            "2022-12-01, 789.29, 1183.94, 1600.02, -, -, -, C C D",
            "2023-01-01, 809.42, 1214.13, 1640.83, -, -, -, C C C",
            "2023-07-01, 825.61, 1238.41, 1673.65, -, -, -, D D D",
            "2023-11-01, 842.12, 1263.17, 1707.11, 10105.38, 15158.08, 20485.33, D D D",
            "2024-05-01, 858.97, 1288.46, 1741.29, -, -, -, C2 C2 C2",
            "2025-02-01, 876.13, 1314.20, 1776.07, 10513.60, 15770.41, 21312.87, C2 C2 C2",
            "2026-03-01, 893.65, 1340.47, 1811.57, 10723.75, 16085.64, 21738.88, D D D",
    })
    void every_published_ris_figure_is_base_times_coefficient(String date, String m1, String m2, String m3,
                                                              String y1, String y2, String y3, String statuses) {
        String[] monthlies = {m1, m2, m3};
        String[] yearlies = {y1, y2, y3};
        String[] status = statuses.split(" ");
        for (int category = 1; category <= 3; category++) {
            String name = "ris.amount.category_" + category;
            ParameterEntry inForce = entry(name, date);
            if (yearlies[category - 1] != null) {
                assertThat(inForce.value()).as("%s on %s, yearly", name, date).isEqualByComparingTo(yearlies[category - 1]);
            }
            assertThat(monthly(inForce.value())).as("%s on %s, monthly", name, date)
                    .isEqualByComparingTo(expected(name, date, monthlies[category - 1]));
            assertThat(inForce.status()).as("%s on %s, status", name, date).isEqualTo(ParameterStatus.valueOf(status[category - 1]));
            // redo it by hand: base x coefficient, rounded half-up to the cent
            BigDecimal base = entry("ris.base.category_" + category, date).value();
            BigDecimal coefficient = entry(COEFFICIENT, date).value();
            assertThat(inForce.value()).isEqualByComparingTo(base.multiply(coefficient).setScale(2, RoundingMode.HALF_UP));
        }
    }

    @ParameterizedTest(name = "art. 35 on {0}: {1} / {2} / {3} a month, {4} a year")
    @CsvSource(nullValues = "-", value = {
            // from,     general, no grant, with grant, artistic, status general, status others
            "2002-10-01, 188.64, 188.64, 52.61, 2263.68, U, U",
            "2005-08-01, 200.19, 200.19, 55.84, 2402.32, D, D",
            "2006-10-01, 204.19, 204.19, 56.95, 2450.31, D, D",
            // 2007-04-01 (welfare step of the RIS only): the art. 35 amounts of 2006-10-01
            "2007-04-01, 204.19, 204.19, 56.95, 2450.31, D, D",
            "2008-01-01, 208.28, 208.28, 58.09, 2499.38, D, D",
            "2008-05-01, 212.44, 212.44, 59.25, 2549.29, D, D",
            "2008-09-01, 216.69, 216.69, 60.44, 2600.27, C, C",
            "2010-09-01, 221.03, 221.03, 61.65, 2652.32, D, D",
            "2011-05-01, 225.44, 225.44, 62.88, 2705.22, C, C",
            "2012-02-01, 229.95, 229.95, 64.14, 2759.40, C, D",
            "2012-12-01, 234.55, 234.55, 65.42, 2814.65, C, D",
            "2016-06-01, 239.25, 239.25, 66.73, 2870.97, D, D",
            "2017-06-01, 244.03, 244.03, 68.06, 2928.35, C, C",
            "2018-09-01, 248.90, 248.90, 69.42, 2986.79, C, D",
            "2020-03-01, 253.88, 253.88, 70.81, 3046.52, C2, D",
            // COVID-19 measure: a student with a grant has the general amount until 2021-09-30 (start unknown: U)
            "2021-09-01, 258.96, 258.96, 258.96, 3107.53, C, D",
            "2022-01-01, 264.13, 264.13, 264.13, 3169.60, C, C",
            "2022-03-01, 269.43, 269.43, 269.43, 3233.17, D, D",
            "2022-05-01, 274.82, 274.82, 274.82, 3297.80, D, D",
            "2022-08-01, 280.31, 280.31, 280.31, 3363.72, D, D",
            "2022-11-01, 285.91, 285.91, 285.91, 3430.91, C, C",
            "2022-12-01, 291.63, 291.63, 291.63, 3499.60, D, D",
            "2023-11-01, 297.46, 297.46, 297.46, 3569.56, C, D",
            "2024-05-01, 303.42, 303.42, 303.42, 3641.02, D, D",
            "2025-02-01, 309.48, 309.48, 309.48, 3713.76, C, D",
            "2026-03-01, 315.67, 315.67, 315.67, 3787.99, D, D",
    })
    void every_art_35_figure_is_base_times_coefficient(String date, String general, String withoutGrant, String withGrant,
                                                       String artistic, ParameterStatus generalStatus, ParameterStatus others) {
        assertFigure("exemption.socio_professional", date, general, generalStatus);
        assertFigure("exemption.student.without_grant", date, withoutGrant, others);
        ParameterStatus grantStatus = date.equals("2021-09-01") ? ParameterStatus.U : others;
        assertFigure("exemption.student.with_grant", date, withGrant, grantStatus);
        assertFigure("exemption.artistic", date, artistic, others);
    }

    private static void assertFigure(String name, String date, String published, ParameterStatus status) {
        ParameterEntry inForce = entry(name, date);
        assertThat(inForce.value()).as("%s on %s", name, date).isEqualByComparingTo(expected(name, date, published));
        assertThat(inForce.status()).as("%s on %s, status", name, date).isEqualTo(status);
        assertThat(inForce.derivation()).as("%s on %s, derivation", name, date).isNotNull();
        assertThat(inForce.derivation().result()).isEqualByComparingTo(inForce.value());
    }

    @Test
    void the_covid_measure_and_the_end_of_the_grant_distinction_for_students() {
        // until the measure: 49.58 x 1.4282 = 70.81 (from 2020-03-01)
        assertThat(entry("exemption.student.with_grant", "2020-03-01").value()).isEqualByComparingTo("70.81");
        // the start of the measure is not known: the grant amount is kept but uncertain from 2020-03-02
        ParameterEntry uncertain = entry("exemption.student.with_grant", "2021-06-30");
        assertThat(uncertain.value()).isEqualByComparingTo("70.81");
        assertThat(uncertain.status()).isEqualTo(ParameterStatus.U);
        assertThat(uncertain.from()).isEqualTo(LocalDate.of(2020, 3, 2));
        // last month of the measure: the general amount, 177.76 x 1.4568 = 258.96, U (start unknown)
        ParameterEntry covid = entry("exemption.student.with_grant", "2021-09-30");
        assertThat(covid.value()).isEqualByComparingTo("258.96");
        assertThat(covid.status()).isEqualTo(ParameterStatus.U);
        // back to the grant amount for Oct-Dec 2021: 49.58 x 1.4568 = 72.23 [C]
        ParameterEntry back = entry("exemption.student.with_grant", "2021-10-01");
        assertThat(back.value()).isEqualByComparingTo("72.23");
        assertThat(back.status()).isEqualTo(ParameterStatus.C);
        assertThat(entry("exemption.student.with_grant", "2021-12-31").value()).isEqualByComparingTo("72.23");
        // distinction abolished: 177.76 x 1.4859 = 264.13 for both
        assertThat(entry("exemption.student.with_grant", "2022-01-01").value()).isEqualByComparingTo("264.13");
        assertThat(entry("exemption.student.with_grant", "2022-01-01").status()).isEqualTo(ParameterStatus.C);
    }

    @ParameterizedTest(name = "shortage-occupation SPI on {0}: {1} a month, {2}")
    @CsvSource({
            // base 254.75 (= 426.30 / 1.6734) x coefficient
            "2024-01-01, 426.30, C",   // 254.75 x 1.6734 = 426.298...
            "2024-05-01, 434.83, D",   // 254.75 x 1.7069 = 434.832...
            "2025-02-01, 443.52, D",   // 254.75 x 1.7410 = 443.519...
            "2026-03-01, 452.39, D",   // 254.75 x 1.7758 = 452.385...
    })
    void the_shortage_occupation_exemption(String date, String amount, ParameterStatus status) {
        ParameterEntry inForce = entry("exemption.socio_professional.shortage_occupation", date);
        assertThat(inForce.value()).isEqualByComparingTo(amount);
        assertThat(inForce.status()).isEqualTo(status);
        assertThat(catalogue.definition("exemption.socio_professional.shortage_occupation").orElseThrow().firstDate())
                .isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void the_exemptions_cover_every_date_the_engine_accepts() {
        LocalDate first = catalogue.firstDate();
        assertThat(first).isEqualTo(LocalDate.of(2005, 8, 1));
        for (String name : new String[] {"exemption.socio_professional", "exemption.student.without_grant",
                "exemption.student.with_grant", "exemption.artistic"}) {
            assertThat(catalogue.definition(name).orElseThrow().firstDate()).as(name).isBeforeOrEqualTo(first);
        }
        // April 2007: 177.76 x 1.1487 = 204.19 (coefficient of 2006-10-01)
        assertThat(catalogue.resolveAt(LocalDate.of(2007, 4, 1)).require("exemption.socio_professional").value())
                .isEqualByComparingTo("204.19");
    }

    @Test
    void a_derived_value_names_both_inputs_and_takes_the_later_date() {
        ParameterValue cat1 = catalogue.resolveAt(LocalDate.of(2025, 6, 1)).require("ris.amount.category_1");
        assertThat(cat1.value()).isEqualByComparingTo("10513.60");
        // base of 2023-07-01, coefficient of 2025-02-01: in force from the later one
        assertThat(cat1.effectiveFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(cat1.derivation().baseFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(cat1.derivation().coefficientFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(cat1.derivationText()).isEqualTo("6038.83 × 1.7410 = 10513.60 (ris.base.category_1 from 2023-07-01 × "
                + "index.social_benefit_coefficient from 2025-02-01, rounded to the cent)");
        assertThat(cat1.toUse().derivation()).isEqualTo(cat1.derivationText());
        assertThat(cat1.secondary()).contains("bdas-wwsb.brussels");
        // the welfare step of 2023-07-01 comes after the coefficient of 2022-12-01
        ParameterValue july2023 = catalogue.resolveAt(LocalDate.of(2023, 8, 1)).require("ris.amount.category_2");
        assertThat(july2023.effectiveFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(july2023.derivation().coefficientFrom()).isEqualTo(LocalDate.of(2022, 12, 1));
        // 9 058.25 x 1.6406 = 14 860.96495 -> 14 860.96
        assertThat(july2023.value()).isEqualByComparingTo("14860.96");
        // a value read as such has no derivation
        assertThat(catalogue.resolveAt(LocalDate.of(2025, 6, 1)).require("exemption.general.category_1").derivation()).isNull();
    }

    @Test
    void without_a_published_figure_the_status_is_the_weaker_of_base_and_coefficient() {
        // 2020-03-02: the student-with-grant base becomes U (start of the COVID measure unknown), coefficient C2
        assertThat(entry("exemption.student.with_grant", "2020-03-02").status()).isEqualTo(ParameterStatus.U);
        assertThat(ParameterStatus.weaker(ParameterStatus.C, ParameterStatus.D)).isEqualTo(ParameterStatus.D);
        assertThat(ParameterStatus.weaker(ParameterStatus.U, ParameterStatus.C2)).isEqualTo(ParameterStatus.U);
        assertThat(ParameterStatus.weaker(ParameterStatus.C2, ParameterStatus.C)).isEqualTo(ParameterStatus.C2);
    }

    @Test
    void each_coefficient_is_the_next_power_of_1_02() {
        ParameterDefinition coefficient = catalogue.definition(COEFFICIENT).orElseThrow();
        BigDecimal previous = null;
        for (ParameterEntry step : coefficient.entries()) {
            int n = (int) Math.round(Math.log(step.value().doubleValue()) / Math.log(1.02));
            assertThat(step.value()).as("coefficient from %s", step.from())
                    .isEqualByComparingTo(new BigDecimal("1.02").pow(n).setScale(4, RoundingMode.HALF_UP));
            if (previous != null) {
                assertThat(step.value()).as("coefficient from %s", step.from()).isGreaterThan(previous);
            }
            previous = step.value();
        }
        assertThat(coefficient.lastChange()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    /** A new index step is one new dated line in the coefficient file: every indexed amount follows it. */
    @Test
    void one_new_coefficient_line_moves_every_indexed_amount(@TempDir Path copy) throws IOException, URISyntaxException {
        Path kb = Path.of(IndexationTest.class.getClassLoader().getResource("cpas-kb").toURI());
        try (Stream<Path> files = Files.walk(kb)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(kb.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Path coefficientFile = copy.resolve("parameters/index/social_benefit_coefficient.yaml");
        Files.writeString(coefficientFile, Files.readString(coefficientFile) + """
                  - from: 2026-10-01
                    value: 1.8113
                    status: U
                    source: "1.02^30 rounded to 4 decimals (test step)"
                """);
        ParameterCatalogue next = ParameterCatalogue.load(KbSource.fromDirectory(copy));
        assertThat(next.lastKnownChange()).isEqualTo(LocalDate.of(2026, 10, 1));
        ResolvedParameters after = next.resolveAt(LocalDate.of(2026, 10, 1));
        assertThat(after.mayBeStale()).isFalse();
        // 6 038.83 x 1.8113 = 10 938.13 a year; 177.76 x 1.8113 = 321.98; 2 133.12 x 1.8113 = 3 863.72; 254.75 x 1.8113 = 461.43
        assertThat(after.require("ris.amount.category_1").value()).isEqualByComparingTo("10938.13");
        assertThat(after.require("exemption.socio_professional").value()).isEqualByComparingTo("321.98");
        assertThat(after.require("exemption.student.with_grant").value()).isEqualByComparingTo("321.98");
        assertThat(after.require("exemption.artistic").value()).isEqualByComparingTo("3863.72");
        assertThat(after.require("exemption.socio_professional.shortage_occupation").value()).isEqualByComparingTo("461.43");
        for (ParameterDefinition definition : next.definitions()) {
            if (definition.isDerived()) {
                assertThat(after.require(definition.name()).effectiveFrom()).as(definition.name()).isEqualTo(LocalDate.of(2026, 10, 1));
                assertThat(after.require(definition.name()).status()).as(definition.name()).isEqualTo(ParameterStatus.U);
            }
        }
    }

    @Test
    void after_the_last_known_step_the_amounts_may_be_stale() {
        assertThat(catalogue.lastKnownChange()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(catalogue.resolveAt(LocalDate.of(2026, 3, 1)).mayBeStale()).isFalse();
        ResolvedParameters later = catalogue.resolveAt(LocalDate.of(2026, 3, 2));
        assertThat(later.mayBeStale()).isTrue();
        assertThat(later.require("ris.amount.category_2").value()).isEqualByComparingTo("16085.64");
    }
}
