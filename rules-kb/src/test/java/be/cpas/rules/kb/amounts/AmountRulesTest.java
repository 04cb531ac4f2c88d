package be.cpas.rules.kb.amounts;

import static be.cpas.rules.kb.amounts.AmountFixture.condition;
import static be.cpas.rules.kb.amounts.AmountFixture.decide;
import static be.cpas.rules.kb.amounts.AmountFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.ParameterUse;
import be.cpas.rules.model.Reason;
import be.cpas.rules.model.Verdict;

/** The amount, the resource rules and the sheet, against the worked examples of the law. */
class AmountRulesTest {

    static final String FLATMATE = "{relation: OTHER, birthDate: 1985-06-01, settlesHouseholdMattersInCommon: true, resources: []}";
    static final String CHILD = "{relation: CHILD, birthDate: 2015-03-01, married: false, inApplicantCharge: true, sharedCustody: false, resources: []}";

    static TestDossiers isole(String date) {
        return TestDossiers.granted().set("requestDate", date).set("applicant.birthDate", "1970-01-01");
    }

    // ---- worked examples ----

    @Test
    void facts_1_cohabitant_with_3600_a_year_gets_589_05_a_month() {
        Decision d = decide(isole("2025-02-01").add("household", FLATMATE)
                .add("resources", "{type: MAINTENANCE_FOR_SELF, netAmount: 300, periodicity: MONTHLY}"));
        assertThat(d.amount().monthly()).isEqualByComparingTo("589.05");
        assertThat(d.amount().yearly()).isEqualByComparingTo("7068.60");
        assertThat(line(d, "CATEGORY_AMOUNT").amount()).isEqualByComparingTo("10513.60");
        assertThat(line(d, "RESOURCE_COUNTED").amount()).isEqualByComparingTo("3600.00");
        assertThat(line(d, "GENERAL_EXEMPTION").amount()).isEqualByComparingTo("-155.00");
        assertThat(line(d, "TOTAL_COUNTED").amount()).isEqualByComparingTo("3445.00");
    }

    @Test
    void facts_4_maintenance_of_200_a_month_reduces_the_isole_ris_by_179_17() {
        Decision without = decide(isole("2025-02-01"));
        Decision with = decide(isole("2025-02-01").add("resources", "{type: MAINTENANCE_FOR_SELF, netAmount: 200, periodicity: MONTHLY}"));
        assertThat(without.amount().monthly()).isEqualByComparingTo("1314.20");
        assertThat(without.amount().monthly().subtract(with.amount().monthly())).isEqualByComparingTo("179.17");
        assertThat(line(with, "GENERAL_EXEMPTION").amount()).isEqualByComparingTo("-250.00");
    }

    @Test
    void facts_5_capital_of_25500_counts_1678_a_year_that_is_139_83_a_month() {
        Decision d = decide(isole("2025-02-01").set("capital.movableCapital", 25500));
        CalculationLine capital = line(d, "CAPITAL_MOVABLE");
        assertThat(capital.amount()).isEqualByComparingTo("1678.00");
        assertThat(be.cpas.rules.kb.support.Money.monthly(capital.amount())).isEqualByComparingTo("139.83");
        assertThat(capital.label()).contains("378,00").contains("1\u00a0300,00");
        assertThat(capital.parameters()).contains("capital.movable.exempt_up_to", "capital.movable.upper_bracket_rate");
        assertThat(capital.legalReference().article()).isEqualTo("art. 27");
    }

    @Test
    void capital_up_to_6200_is_ignored() {
        Decision d = decide(isole("2025-02-01").set("capital.movableCapital", 6200));
        assertThat(line(d, "CAPITAL_MOVABLE").amount()).isEqualByComparingTo("0");
        assertThat(d.amount().monthly()).isEqualByComparingTo("1314.20");
    }

    // ---- the amount of each category on dates from 2005 to 2025 (art. 14, §1 L, indexed) ----

    @ParameterizedTest(name = "{0}: cat 1 {1}, cat 2 {2}, cat 3 {3} a month")
    @CsvSource({
            "2005-08-01, 417.07, 625.60, 834.14",
            "2008-09-01, 474.37, 711.56, 948.74",
            "2013-09-01, 544.91, 817.36, 1089.82",
            "2018-07-01, 595.13, 892.70, 1230.27",
            "2021-01-01, 656.45, 984.68, 1330.74",
            "2022-11-01, 773.80, 1160.70, 1568.62",
            "2025-02-01, 876.13, 1314.20, 1776.07"})
    void the_full_amount_of_each_category(String date, BigDecimal cat1, BigDecimal cat2, BigDecimal cat3) {
        String childBirth = (Integer.parseInt(date.substring(0, 4)) - 8) + "-03-01";
        Decision cohabitant = decide(isole(date).add("household", FLATMATE));
        Decision alone = decide(isole(date));
        Decision family = decide(isole(date).add("household", CHILD.replace("2015-03-01", childBirth)));
        assertThat(cohabitant.category().category()).isEqualTo(Category.CATEGORY_1);
        assertThat(alone.category().category()).isEqualTo(Category.CATEGORY_2);
        assertThat(family.category().category()).isEqualTo(Category.CATEGORY_3);
        assertThat(cohabitant.amount().monthly()).isEqualByComparingTo(cat1);
        assertThat(alone.amount().monthly()).isEqualByComparingTo(cat2);
        assertThat(family.amount().monthly()).isEqualByComparingTo(cat3);
        for (Decision d : List.of(cohabitant, alone, family)) {
            assertThat(d.verdict()).as(date + " " + d.conditions()).isEqualTo(Verdict.GRANTED);
        }
    }

    @Test
    void the_amount_read_is_reported_with_its_effective_date_and_status() {
        Decision d = decide(isole("2025-03-10"));
        ParameterUse amount = d.parametersUsed().stream().filter(p -> p.name().equals("ris.amount.category_2")).findFirst().orElseThrow();
        assertThat(amount.value()).isEqualByComparingTo("15770.41");
        assertThat(amount.effectiveFrom()).isEqualTo(java.time.LocalDate.of(2025, 2, 1));
        assertThat(amount.status()).isEqualTo("C2");
    }

    @Test
    void a_derived_amount_is_flagged_on_the_decision() {
        Decision d = decide(isole("2023-07-01"));
        assertThat(d.amount().monthly()).isEqualByComparingTo("1238.41");
        assertThat(d.notices().stream().map(Notice::code)).contains("PARAMETER_DERIVED");
    }

    @Test
    void after_the_last_known_change_the_amount_is_given_with_the_stale_warning() {
        // last known step 2026-03-01: 9 058.25 x 1.7758 = 16 085.64 a year, / 12 = 1 340.47
        Decision d = decide(isole("2026-03-15"));
        assertThat(d.amount().monthly()).isEqualByComparingTo("1340.47");
        assertThat(d.notices().stream().map(Notice::code)).contains("AMOUNTS_MAY_BE_STALE");
        Decision before = decide(isole("2026-01-15"));
        assertThat(before.amount().monthly()).isEqualByComparingTo("1314.20");
        assertThat(before.notices().stream().map(Notice::code)).doesNotContain("AMOUNTS_MAY_BE_STALE");
        assertThat(decide(isole("2026-03-01")).notices().stream().map(Notice::code)).doesNotContain("AMOUNTS_MAY_BE_STALE");
    }

    // ---- general exemption stacking with art 35 (art. 22, §2 and art. 35 AR; both settings) ----

    static TestDossiers student() {
        return isole("2022-01-01").set("applicant.birthDate", "2000-01-01")
                .setYaml("applicant.studies", "{fullTime: true, piisSigned: true, studyGrant: false}")
                .add("resources", "{type: STUDENT_JOB_INCOME, netAmount: 400, periodicity: MONTHLY}");
    }

    @Test
    void stacking_true_deducts_264_13_and_20_83_from_400_leaving_115_04_a_month() {
        Decision d = decide(student().set("legalAssumptions.generalExemptionStacksWithArt35", true));
        assertThat(line(d, "EXEMPTION_STUDENT").amount()).isEqualByComparingTo("-3169.56");
        assertThat(line(d, "GENERAL_EXEMPTION_STACKED_BY_DOSSIER").amount()).isEqualByComparingTo("-250.00");
        BigDecimal total = line(d, "TOTAL_COUNTED").amount();
        assertThat(be.cpas.rules.kb.support.Money.monthly(total)).isEqualByComparingTo("115.04");
        assertThat(d.parametersUsed().stream().map(ParameterUse::name)).doesNotContain("assumption.general_exemption_stacks_with_art35");
    }

    @Test
    void stacking_by_default_is_true_and_confirmed() {
        // SPP IS: the student exemption first, then the flat-rate exemption of category 2:
        // 4 800 - 3 169.56 - 250 = 1 380.44 counted; 12 867.60 - 1 380.44 = 11 487.16 / 12 = 957.26
        Decision d = decide(student());
        assertThat(line(d, "GENERAL_EXEMPTION_STACKED_BY_PARAMETER").amount()).isEqualByComparingTo("-250.00");
        assertThat(line(d, "TOTAL_COUNTED").amount()).isEqualByComparingTo("1380.44");
        assertThat(d.amount().monthly()).isEqualByComparingTo("957.26");
        assertThat(d.parametersUsed()).filteredOn(p -> p.name().equals("assumption.general_exemption_stacks_with_art35"))
                .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo("C"));
        assertThat(d.notices()).noneMatch(n -> n.message().contains("assumption.general_exemption_stacks_with_art35"));
    }

    @Test
    void stacking_false_given_in_the_dossier() {
        Decision d = decide(student().set("legalAssumptions.generalExemptionStacksWithArt35", false));
        assertThat(AmountFixture.codes(d)).contains("GENERAL_EXEMPTION_NOT_STACKED_BY_DOSSIER");
        assertThat(d.amount().monthly()).isEqualByComparingTo("936.43");
    }

    @Test
    void a_student_with_a_grant_before_2022_has_the_lower_exemption() {
        Decision d = decide(student().set("requestDate", "2021-01-01").set("applicant.studies.studyGrant", true));
        assertThat(line(d, "EXEMPTION_STUDENT_WITH_GRANT").amount()).isEqualByComparingTo("-849.72"); // 70,81 × 12
    }

    @Test
    void a_student_whose_piis_ends_on_the_request_date_keeps_the_exemption_and_one_ended_the_day_before_does_not() {
        // AR 11.7.2002 art. 35, §2: for the duration of the PIIS. Ending on 2022-01-01 (the request date): still running,
        // 400 x 12 = 4 800 eligible, exempted up to 264.13 x 12 = 3 169.56.
        Decision endsThatDay = decide(student().set("applicant.studies.piisEnd", "2022-01-01"));
        assertThat(line(endsThatDay, "EXEMPTION_STUDENT").amount()).isEqualByComparingTo("-3169.56");
        Decision endedBefore = decide(student().set("applicant.studies.piisEnd", "2021-12-31")
                .setYaml("resources", "[{type: STUDENT_JOB_INCOME, netAmount: 400, periodicity: MONTHLY, startedWhileOnRis: false}]"));
        assertThat(AmountFixture.codes(endedBefore)).contains("RESOURCE_COUNTED_NOT_STARTED_ON_RIS").doesNotContain("EXEMPTION_STUDENT");
    }

    @Test
    void a_student_too_old_when_the_right_opens_falls_back_on_the_socio_professional_rules() {
        Decision d = decide(student().set("applicant.birthDate", "1990-01-01").set("procedure.firstRequest", true)
                .setYaml("resources", "[{type: STUDENT_JOB_INCOME, netAmount: 400, periodicity: MONTHLY, startedWhileOnRis: false}]"));
        assertThat(AmountFixture.codes(d)).contains("RESOURCE_COUNTED_NOT_STARTED_ON_RIS").doesNotContain("EXEMPTION_STUDENT");
    }

    // ---- resources condition TO_VERIFY, naming the field ----

    @ParameterizedTest(name = "{0} unknown")
    @CsvSource(delimiter = '|', value = {
            "capital.movableCapital | capital",
            "resources | resources",
            "properties | properties"})
    void a_missing_resource_fact_leaves_the_condition_to_verify(String missing, String remove) {
        Decision d = decide(isole("2025-02-01").remove(remove));
        assertThat(condition(d, "RESOURCES").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(d, "RESOURCES").missingFacts()).containsExactly(missing);
        assertThat(d.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(d.amount()).isNull();
    }

    @Test
    void work_income_whose_start_on_ris_or_months_used_are_unknown_is_to_verify() {
        Decision started = decide(isole("2025-02-01").add("resources", "{type: WAGES, netAmount: 500, periodicity: MONTHLY}"));
        assertThat(condition(started, "RESOURCES").missingFacts()).containsExactly("resources[0].startedWhileOnRis");
        Decision months = decide(isole("2025-02-01").add("resources", "{type: WAGES, netAmount: 500, periodicity: MONTHLY, startedWhileOnRis: true}"));
        assertThat(condition(months, "RESOURCES").missingFacts()).containsExactly("resources[0].exemptionMonthsUsed");
    }

    @Test
    void built_property_needs_the_number_of_children_with_family_allowances() {
        Decision d = decide(isole("2025-02-01").remove("applicant.childrenWithFamilyAllowances")
                .add("properties", "{kind: BUILT, cadastralIncome: 900}"));
        assertThat(condition(d, "RESOURCES").missingFacts()).containsExactly("applicant.childrenWithFamilyAllowances");
        Decision known = decide(isole("2025-02-01").set("applicant.childrenWithFamilyAllowances", 0)
                .add("properties", "{kind: BUILT, cadastralIncome: 900}"));
        assertThat(line(known, "PROPERTY_BUILT").amount()).isEqualByComparingTo("450.00"); // (900 − 750) × 3
    }

    @Test
    void art_35_amounts_are_known_before_2008_09_01_from_base_times_coefficient() {
        // 2008-08-01: artistic exemption 2 133.12 x 1.1951 = 2 549.29 (D); 3 000 - 2 549.29 = 450.71, less the
        // general exemption 250 = 200.71 counted; cat 2 8 371.27 - 200.71 = 8 170.56 a year, / 12 = 680.88
        Decision d = decide(isole("2008-08-01").add("resources",
                "{type: ARTISTIC_INCOME, netAmount: 3000, periodicity: YEARLY, exemptionMonthsUsed: 0}"));
        assertThat(condition(d, "RESOURCES").outcome()).isEqualTo(Outcome.MET);
        assertThat(line(d, "EXEMPTION_ARTISTIC").amount()).isEqualByComparingTo("-2549.29");
        assertThat(d.amount().yearly()).isEqualByComparingTo("8170.56");
        assertThat(d.amount().monthly()).isEqualByComparingTo("680.88");
        assertThat(d.notices()).anyMatch(n -> n.code().equals("PARAMETER_DERIVED") && n.message().contains("exemption.artistic"));
    }

    @Test
    void the_resources_condition_met_and_not_met_give_the_figures() {
        Decision met = decide(isole("2025-02-01").add("resources", "{type: PENSION, netAmount: 1000, periodicity: MONTHLY}"));
        assertThat(condition(met, "RESOURCES").outcome()).isEqualTo(Outcome.MET);
        assertThat(met.amount().monthly()).isEqualByComparingTo("335.03"); // (15 770,41 − 11 750) / 12
        Decision exactly = decide(isole("2025-02-01").add("resources", "{type: PENSION, netAmount: 15770.41, periodicity: YEARLY}"));
        assertThat(condition(exactly, "RESOURCES").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(exactly.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(exactly.amount().yearly()).isEqualByComparingTo("0");
        assertThat(AmountFixture.codes(exactly)).contains("GENERAL_EXEMPTION_NOT_APPLIED_RESOURCES_REACH", "NO_RIS");
    }

    @Test
    void cohabitants_resources_go_through_art_22_but_not_art_35() {
        Decision d = decide(isole("2025-02-01").add("household", CHILD).add("household",
                "{relation: PARTNER, birthDate: 1975-01-01, resources: [{type: WAGES, netAmount: 1000, periodicity: MONTHLY, startedWhileOnRis: true, exemptionMonthsUsed: 0},"
                        + " {type: MAINTENANCE_FOR_CHILDREN, netAmount: 200, periodicity: MONTHLY}]}"));
        assertThat(line(d, "COHABITANT_PARTNER_FULL").amount()).isEqualByComparingTo("12000.00");
        assertThat(AmountFixture.codes(d)).doesNotContain("EXEMPTION_SOCIO_PROFESSIONAL");
    }

    @Test
    void the_partner_s_unknown_resources_and_the_missing_fraction_are_named() {
        Decision partner = decide(isole("2025-02-01").add("household", "{relation: PARTNER, birthDate: 1975-01-01}"));
        assertThat(condition(partner, "RESOURCES").missingFacts()).containsExactly("household[0].resources");
        Decision fraction = decide(isole("2025-02-01").set("cpasChoices.parentsAndAdultChildren", "FRACTION")
                .add("household", "{relation: PARENT, birthDate: 1945-01-01, settlesHouseholdMattersInCommon: true, resources: [{type: PENSION, netAmount: 1500, periodicity: MONTHLY}]}"));
        assertThat(condition(fraction, "RESOURCES").missingFacts()).containsExactly("cpasChoices.fraction");
    }

    @Test
    void parents_below_category_1_times_their_number_need_no_cpas_choice() {
        Decision d = decide(isole("2025-02-01")
                .add("household", "{relation: PARENT, birthDate: 1945-01-01, settlesHouseholdMattersInCommon: true, resources: [{type: PENSION, netAmount: 1200, periodicity: MONTHLY}]}")
                .add("household", "{relation: PARENT, birthDate: 1946-01-01, settlesHouseholdMattersInCommon: true, resources: []}"));
        // 14 400 ≤ 2 × 10 513,60: nothing to count, full category 1
        assertThat(line(d, "COHABITANT_PARENTS_NOTHING_ABOVE").label()).contains("21\u00a0027,20");
        assertThat(d.amount().monthly()).isEqualByComparingTo("876.13");
    }

    // ---- category ----

    @Test
    void unknown_household_facts_leave_the_category_to_verify_naming_them() {
        Decision birth = decide(isole("2025-02-01").add("household", "{relation: CHILD, married: false, inApplicantCharge: true, resources: []}"));
        assertThat(birth.category().outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(birth.category().category()).isNull();
        assertThat(birth.category().missingFacts()).containsExactly("household[0].birthDate");
        assertThat(birth.factsToVerify()).contains("household[0].birthDate");
        Decision homeless = decide(isole("2025-02-01").remove("residence.homeless").add("household", FLATMATE));
        assertThat(homeless.category().missingFacts()).containsExactly("residence.homeless");
    }

    @Test
    void a_married_minor_child_makes_a_cohabitant_and_a_child_not_in_charge_no_family() {
        Decision married = decide(isole("2025-02-01").add("household", CHILD.replace("married: false", "married: true, settlesHouseholdMattersInCommon: true")));
        assertThat(married.category().category()).isEqualTo(Category.CATEGORY_1);
        Decision notInCharge = decide(isole("2025-02-01").add("household", CHILD.replace("inApplicantCharge: true", "inApplicantCharge: false")));
        assertThat(notInCharge.category().category()).isEqualTo(Category.CATEGORY_2);
    }

    @Test
    void shared_custody_unknown_matters_only_before_2022_06_27() {
        String child = CHILD.replace(", sharedCustody: false", "");
        Decision before = decide(isole("2022-06-26").add("household", child));
        assertThat(before.category().outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(before.category().missingFacts()).containsExactly("household[0].sharedCustody");
        Decision after = decide(isole("2022-06-27").add("household", child));
        assertThat(after.category().category()).isEqualTo(Category.CATEGORY_3);
        assertThat(after.category().reasons().stream().map(Reason::code)).containsExactly("CATEGORY_3_SHARED_CUSTODY_FULL");
    }

    @Test
    void shared_custody_before_2022_06_27_says_so_on_the_sheet() {
        Decision d = decide(isole("2022-06-26").add("household", CHILD.replace("sharedCustody: false", "sharedCustody: true")));
        assertThat(d.category().reasons().stream().map(Reason::code)).containsExactly("CATEGORY_3_SHARED_CUSTODY_HALF", "CATEGORY_2_ALONE");
        CalculationLine half = line(d, "CATEGORY_AMOUNT_SHARED_CUSTODY");
        // 2022-05-01: cat 3 11 703.23 × 1.5460 = 18 093.19; cat 2 8 659.80 × 1.5460 = 13 388.05;
        // (18 093.19 + 13 388.05) / 2 = 15 740.62
        assertThat(half.amount()).isEqualByComparingTo("15740.62");
        assertThat(half.label()).contains("18\u00a0093,19").contains("13\u00a0388,05");
    }

    @Test
    void the_homeless_alone_get_the_isole_rate() {
        Decision d = decide(isole("2025-02-01").set("residence.homeless", true));
        assertThat(d.category().category()).isEqualTo(Category.CATEGORY_2);
        assertThat(d.category().reasons().get(0).code()).isEqualTo("CATEGORY_2_HOMELESS_ALONE");
        assertThat(d.category().reasons().get(0).legalReference().article()).isEqualTo("art. 14, §1, 2°");
    }

    // ---- the sheet in both languages ----

    @Test
    void the_sheet_reads_in_dutch() {
        Decision d = AmountFixture.ENGINE.decide(isole("2025-02-01").set("capital.movableCapital", 25500)
                .add("resources", "{type: WAGES, netAmount: 1000, periodicity: MONTHLY, startedWhileOnRis: true, exemptionMonthsUsed: 0, shortageOccupation: false}")
                .build(), Locale.forLanguageTag("nl"));
        assertThat(d.calculationSheet()).allSatisfy(l -> assertThat(l.label()).doesNotContain("[line.").doesNotContain("WAGES"));
        assertThat(line(d, "RESOURCE_ELIGIBLE_SOCIO_PROFESSIONAL").label()).startsWith("Loon (bestaansmiddel nr. 1 van de aanvrager): 1.000,00 per maand");
        assertThat(line(d, "RIS_MONTHLY").label()).startsWith("Leefloon per maand");
        assertThat(d.category().reasons().get(0).message()).contains("alleenstaande");
        AmountFixture.assertSheetAddsUp(d, "nl");
    }
}
