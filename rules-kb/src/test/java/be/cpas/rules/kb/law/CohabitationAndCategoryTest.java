package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Verdict;

/**
 * Art 14, §1 L. Cohabitation (1°, al. 2) = same roof AND household matters settled mainly in common: a flat-share
 * with separate budgets is isolé, an unknown answer is to verify, never category 1 by default. Category 3 (3°) =
 * any unmarried minor child effectively in the applicant's charge (grandchild, stepchild, sibling...).
 * Amounts on 2025-03-10 (from 2025-02-01): cat 1 10 513,60 / 12 = 876,13; cat 2 15 770,41 / 12 = 1 314,20;
 * cat 3 21 312,87 / 12 = 1 776,07 (1 776,0725).
 */
class CohabitationAndCategoryTest {

    private static TestDossiers withMember(String yaml) {
        return TestDossiers.granted().add("household", yaml);
    }

    private static void granted(Decision decision, Category category, String yearly, String monthly) {
        assertThat(decision.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(decision.category().category()).isEqualTo(category);
        assertThat(decision.amount().yearly()).isEqualByComparingTo(yearly);
        assertThat(decision.amount().monthly()).isEqualByComparingTo(monthly);
    }

    @Test
    void aFlatShareWithSeparateBudgetsIsIsole() {
        granted(decide(withMember("{relation: OTHER, birthDate: 1992-01-01, settlesHouseholdMattersInCommon: false, resources: []}")),
                Category.CATEGORY_2, "15770.41", "1314.20");
    }

    @Test
    void aFlatmateSettlingHouseholdMattersInCommonMakesACohabitant() {
        granted(decide(withMember("{relation: OTHER, birthDate: 1992-01-01, settlesHouseholdMattersInCommon: true, resources: []}")),
                Category.CATEGORY_1, "10513.60", "876.13");
    }

    @Test
    void whetherHouseholdMattersAreSettledInCommonUnknownIsToVerifyNeverCategory1() {
        Decision decision = decide(withMember("{relation: OTHER, birthDate: 1992-01-01, resources: []}"));

        assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(decision.category().outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(decision.category().category()).isNull();
        assertThat(decision.category().missingFacts()).containsExactly("household[0].settlesHouseholdMattersInCommon");
        assertThat(decision.factsToVerify()).contains("household[0].settlesHouseholdMattersInCommon");
    }

    @Test
    void aPartnerIsACohabitantWithoutAskingHowTheHouseholdIsRun() {
        Decision decision = decide(withMember("{relation: PARTNER, birthDate: 1990-01-01, resources: []}"));

        granted(decision, Category.CATEGORY_1, "10513.60", "876.13");
        assertThat(decision.factsToVerify()).isEmpty();
    }

    @Test
    void aParentWithASeparateBudgetIsNotACohabitantAndHisPensionIsNotCounted() {
        // not a cohabitant (art 14, §1, 1°, al. 2 L): isolé, art 34 AR does not apply; pension ignored: 1 314,20
        granted(decide(withMember("""
                {relation: PARENT, birthDate: 1950-01-01, settlesHouseholdMattersInCommon: false,
                 resources: [{type: PENSION, netAmount: 1500, periodicity: MONTHLY}]}""")),
                Category.CATEGORY_2, "15770.41", "1314.20");
    }

    @Test
    void aHomelessPersonHostedUnderAPiisIsAtLeastIsoleWithoutBeingAskedAboutTheHost() {
        Decision decision = decide(withMember("{relation: OTHER, birthDate: 1960-01-01, resources: []}")
                .set("residence.homeless", true).set("residence.temporarilyHosted", true)
                .set("residence.piisToLeaveHomelessness", true));

        granted(decision, Category.CATEGORY_2, "15770.41", "1314.20");
        assertThat(decision.factsToVerify()).isEmpty();
    }

    @Test
    void aGrandchildInTheApplicantsChargeGivesCategory3() {
        granted(decide(withMember("{relation: GRANDCHILD, birthDate: 2015-02-01, married: false, inApplicantCharge: true, sharedCustody: false}")
                .set("applicant.childrenInCharge", 1)),
                Category.CATEGORY_3, "21312.87", "1776.07");
    }

    @Test
    void aMinorSiblingInTheApplicantsChargeGivesCategory3() {
        granted(decide(withMember("{relation: SIBLING, birthDate: 2010-06-01, married: false, inApplicantCharge: true, sharedCustody: false}")
                .set("applicant.childrenInCharge", 1)),
                Category.CATEGORY_3, "21312.87", "1776.07");
    }

    @Test
    void aMinorStepchildDeclaredAsOtherRelativeInChargeGivesCategory3() {
        granted(decide(withMember("{relation: OTHER_RELATIVE, birthDate: 2012-06-01, married: false, inApplicantCharge: true, sharedCustody: false}")
                .set("applicant.childrenInCharge", 1)),
                Category.CATEGORY_3, "21312.87", "1776.07");
    }

    @Test
    void aGrandchildNotInChargeSettlingInCommonMakesACohabitant() {
        granted(decide(withMember("{relation: GRANDCHILD, birthDate: 2000-02-01, inApplicantCharge: false, settlesHouseholdMattersInCommon: true, resources: []}")),
                Category.CATEGORY_1, "10513.60", "876.13");
    }

    @Test
    void anAdultGrandchildOnceInChargeIsACohabitantWhoseResourcesAreNeverCounted() {
        // 20 years old: no famille à charge; cohabitant (cat 1); a grandchild's wages are never counted under art 34 AR
        // before 2026-03-01: 10 513,60 / 12 = 876,13
        granted(decide(withMember("""
                {relation: GRANDCHILD, birthDate: 2005-01-01, married: false, inApplicantCharge: true, settlesHouseholdMattersInCommon: true,
                 resources: [{type: OTHER_INCOME, netAmount: 2000, periodicity: MONTHLY}]}""")),
                Category.CATEGORY_1, "10513.60", "876.13");
    }

    @Test
    void aMinorGrandchildInChargeWhoseBirthDateIsUnknownIsToVerify() {
        Decision decision = decide(withMember("{relation: GRANDCHILD, married: false, inApplicantCharge: true, sharedCustody: false}")
                .set("applicant.childrenInCharge", 1));

        assertThat(decision.category().outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(decision.category().missingFacts()).containsExactly("household[0].birthDate");
    }
}
