package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.condition;
import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * A refusal never carries a payable amount, whatever the cause. Each dossier below is the granted one (isolé on
 * 2025-03-10, no resources: 15 770,41 / 12 = 1 314,20 €/month) with one cause of refusal added.
 */
class RefusalCarriesNoAmountTest {

    private static void refusedWithoutAmount(Decision decision, String condition) {
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(condition(decision, condition).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(decision.amount()).isNull();
    }

    @Test
    void theGrantedDossierCarriesTheIsoleAmount() {
        // 15 770,41 / 12 = 1 314,2008 -> 1 314,20
        Decision decision = decide(TestDossiers.granted());

        assertThat(decision.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(decision.amount().monthly()).isEqualByComparingTo("1314.20");
    }

    @Test
    void refusedOnAge() {
        // 17 years old on 2025-03-10, no exception of art 7 L
        refusedWithoutAmount(decide(TestDossiers.granted().set("applicant.birthDate", "2007-03-11")), "AGE");
    }

    @Test
    void refusedOnResidence() {
        refusedWithoutAmount(decide(TestDossiers.granted().set("residence.habitualResidenceInBelgium", false)), "RESIDENCE");
    }

    @Test
    void refusedOnWorkAvailability() {
        refusedWithoutAmount(decide(TestDossiers.granted().set("workAvailability.available", false)
                .set("workAvailability.reason", "HEALTH").set("workAvailability.reasonAcceptedByCpas", false)), "WORK_AVAILABILITY");
    }

    @Test
    void refusedOnOtherRights() {
        refusedWithoutAmount(decide(TestDossiers.granted().set("otherRights.allBenefitsClaimed", false)), "OTHER_RIGHTS");
    }

    @Test
    void refusedOnNationalityEuCitizenInTheFirstThreeMonths() {
        // stay since 2024-12-11: the three months end on 2025-03-11, after the request of 2025-03-10
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_CITIZEN").set("applicant.euStayGround", "OTHER")
                .set("applicant.rightOfStayOverThreeMonths", true).set("applicant.staySince", "2024-12-11"));

        refusedWithoutAmount(decision, "NATIONALITY");
        assertThat(decision.route().route()).isEqualTo(Route.NONE);
    }

    @Test
    void refusedOnRouteNoneShortStay() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "SHORT_STAY"));

        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(decision.route().route()).isEqualTo(Route.NONE);
        assertThat(decision.amount()).isNull();
    }

    @Test
    void refusedOnResourcesShowsANilAmount() {
        // other income 1 400 x 12 = 16 800 >= 15 770,41 (isolé, 2025-02-01 amounts): no RIS, 0,00
        Decision decision = decide(TestDossiers.granted().setYaml("resources",
                "[{type: OTHER_INCOME, netAmount: 1400, periodicity: MONTHLY}]"));

        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(condition(decision, "RESOURCES").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(decision.amount().monthly()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(decision.amount().yearly()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void refusedOnAgeWithResourcesBelowTheCategoryAmountStillCarriesNoAmount() {
        // 200 x 12 = 2 400 < 15 770,41 would leave a RIS, but a 17-year-old is refused
        Decision decision = decide(TestDossiers.granted().set("applicant.birthDate", "2007-03-11").setYaml("resources",
                "[{type: OTHER_INCOME, netAmount: 200, periodicity: MONTHLY}]"));

        refusedWithoutAmount(decision, "AGE");
    }
}
