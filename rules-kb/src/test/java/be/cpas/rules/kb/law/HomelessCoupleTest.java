package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Reason;
import be.cpas.rules.model.Verdict;

/**
 * A homeless applicant living with a partner, or a couple hosted by someone, is decided from the facts given (loi du
 * 26 mai 2002, art. 14, §1; AR du 11 juillet 2002, art. 34, §1). A partner makes a couple whether the couple sleeps
 * rough or is hosted: category 1 (category 3 with an unmarried minor child in charge). Hosting under a PIIS to leave
 * homelessness keeps only the host out. Whether the couple is hosted, or whether a host who may never be counted
 * settles household matters in common, changes nothing and is not asked.
 *
 * Request 2025-03-10; amounts in force since 2025-02-01 (yearly): category 1 = 10 513,60 (/ 12 = 876,1333 → 876,13);
 * category 3 = 21 312,87 (/ 12 = 1 776,0725 → 1 776,07).
 */
class HomelessCoupleTest {

    static final String PARTNER = """
            - relation: PARTNER
              birthDate: 1988-04-02
              resources: []
            """;

    static final String HOST = """
            - relation: OTHER
              birthDate: 1960-01-01
              resources:
              - type: PENSION
                netAmount: 2000
                periodicity: MONTHLY
            """;

    static TestDossiers homelessWith(String household) {
        return TestDossiers.granted().set("residence.homeless", true).setYaml("household", household);
    }

    static void assertCategory1Granted(Decision d, String reasonCode) {
        assertThat(d.category().category()).isEqualTo(Category.CATEGORY_1);
        assertThat(d.category().outcome()).isEqualTo(Outcome.MET);
        assertThat(d.category().reasons()).extracting(Reason::code).containsExactly(reasonCode);
        assertThat(d.factsToVerify()).isEmpty();
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(d.amount().yearly()).isEqualByComparingTo("10513.60");
        assertThat(d.amount().monthly()).isEqualByComparingTo("876.13");
    }

    @Test
    void aHomelessCoupleSleepingRoughIsNotAskedWhetherItIsHosted() {
        // before the fix: category TO_VERIFY naming residence.temporarilyHosted
        assertCategory1Granted(decide(homelessWith(PARTNER)), "CATEGORY_1_COHABITANT");
    }

    @Test
    void aHomelessCoupleWithThePartnersIncomeAboveCategory1() {
        // partner's unemployment benefit 1 000 a month = 12 000 a year; above category 1: 12 000 − 10 513,60 = 1 486,40;
        // general exemption of category 1: 155; counted 1 486,40 − 155 = 1 331,40;
        // RIS 10 513,60 − 1 331,40 = 9 182,20 a year; / 12 = 765,1833 → 765,18 a month
        Decision d = decide(homelessWith("""
                - relation: PARTNER
                  birthDate: 1988-04-02
                  resources:
                  - type: UNEMPLOYMENT_BENEFIT
                    netAmount: 1000
                    periodicity: MONTHLY
                """));
        assertThat(d.category().category()).isEqualTo(Category.CATEGORY_1);
        assertThat(d.factsToVerify()).isEmpty();
        assertThat(d.amount().yearly()).isEqualByComparingTo("9182.20");
        assertThat(d.amount().monthly()).isEqualByComparingTo("765.18");
    }

    @Test
    void aCoupleHostedUnderAPiisCohabitsTheHostIsLeftOut() {
        // before the fix: category 2 for the couple and the decision INCOMPLETE naming household[0].relation, a fact it held
        Decision d = decide(homelessWith(PARTNER + HOST).set("residence.temporarilyHosted", true)
                .set("residence.piisToLeaveHomelessness", true));
        assertCategory1Granted(d, "CATEGORY_1_PARTNER_HOSTED_PIIS");
        assertThat(d.category().reasons().get(0).message()).contains("l'hébergeur n'est pas un cohabitant");
    }

    @Test
    void aCoupleHostedWithoutAPiisIsNotAskedAboutAHostWhoIsNeverCounted() {
        // the host (a friend) is never counted under art. 34; whether he settles household matters in common changes nothing
        assertCategory1Granted(decide(homelessWith(PARTNER + HOST).set("residence.temporarilyHosted", true)
                .set("residence.piisToLeaveHomelessness", false)), "CATEGORY_1_COHABITANT");
    }

    @Test
    void aCoupleHostedWithoutAPiisByAParentIsAskedWhatArt34Needs() {
        // a parent may be counted (art. 34, §2): whether household matters are settled in common with him is asked
        Decision d = decide(homelessWith(PARTNER + HOST.replace("OTHER", "PARENT")).set("residence.temporarilyHosted", true)
                .set("residence.piisToLeaveHomelessness", false));
        assertThat(d.category().outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(d.category().missingFacts()).containsExactly("household[1].settlesHouseholdMattersInCommon");
        assertThat(d.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void aHomelessCoupleWithAMinorChildIsAFamilyInCharge() {
        Decision d = decide(homelessWith(PARTNER + """
                - relation: CHILD
                  birthDate: 2018-06-01
                  married: false
                  inApplicantCharge: true
                  sharedCustody: false
                  resources: []
                """).set("applicant.childrenInCharge", 1));
        assertThat(d.category().category()).isEqualTo(Category.CATEGORY_3);
        assertThat(d.factsToVerify()).isEmpty();
        assertThat(d.amount().yearly()).isEqualByComparingTo("21312.87");
        assertThat(d.amount().monthly()).isEqualByComparingTo("1776.07");
    }
}
