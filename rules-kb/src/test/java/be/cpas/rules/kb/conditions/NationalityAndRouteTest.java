package be.cpas.rules.kb.conditions;

import static be.cpas.rules.kb.EngineFixture.condition;
import static be.cpas.rules.kb.EngineFixture.decide;
import static be.cpas.rules.kb.EngineFixture.reasonCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/** Art 3, 3° L (nationality or stay) and the route: RIS, equivalent social aid (ERIS) or no financial aid. */
class NationalityAndRouteTest {

    @ParameterizedTest(name = "{0} on {1}: condition {2}, route {3}, verdict {4}")
    @CsvSource({
            "BELGIAN,               2025-03-10, MET,     RIS,  GRANTED,  STAY_BELGIAN,                    ROUTE_RIS",
            "POPULATION_REGISTER,   2025-03-10, MET,     RIS,  GRANTED,  STAY_POPULATION_REGISTER,        ROUTE_RIS",
            "RECOGNISED_REFUGEE,    2025-03-10, MET,     RIS,  GRANTED,  STAY_RECOGNISED_REFUGEE,         ROUTE_RIS",
            "STATELESS,             2025-03-10, MET,     RIS,  GRANTED,  STAY_STATELESS,                  ROUTE_RIS",
            "SUBSIDIARY_PROTECTION, 2025-03-10, MET,     RIS,  GRANTED,  STAY_SUBSIDIARY_PROTECTION,      ROUTE_RIS",
            "SUBSIDIARY_PROTECTION, 2015-03-10, NOT_MET, ERIS, GRANTED,  STAY_SUBSIDIARY_PROTECTION_BEFORE_2016, ROUTE_ERIS_SUBSIDIARY_PROTECTION",
            "FOREIGNERS_REGISTER,   2025-03-10, NOT_MET, ERIS, GRANTED,  STAY_FOREIGNERS_REGISTER,        ROUTE_ERIS_FOREIGNERS_REGISTER",
            "TEMPORARY_PROTECTION,  2025-03-10, NOT_MET, ERIS, GRANTED,  STAY_TEMPORARY_PROTECTION,       ROUTE_ERIS_TEMPORARY_PROTECTION",
            "SHORT_STAY,            2025-03-10, NOT_MET, NONE, REFUSED,  STAY_SHORT_STAY,                 ROUTE_NONE_SHORT_STAY",
            "ASYLUM_SEEKER,         2025-03-10, NOT_MET, NONE, REFUSED,  STAY_ASYLUM_SEEKER,              ROUTE_NONE_ASYLUM_SEEKER",
            "IRREGULAR_STAY,        2025-03-10, NOT_MET, NONE, REFUSED,  STAY_IRREGULAR_STAY,             ROUTE_NONE_IRREGULAR_STAY",
    })
    void eachStayStatusHasItsOutcomeAndRoute(String status, String date, Outcome outcome, Route route, Verdict verdict,
                                             String reason, String routeReason) {
        Decision decision = decide(TestDossiers.granted().set("requestDate", date).set("applicant.stayStatus", status));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(outcome);
        assertThat(condition(decision, "NATIONALITY").legalReference().article()).isEqualTo("art. 3, 3°");
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly(reason);
        assertThat(decision.route().route()).isEqualTo(route);
        assertThat(decision.route().reason().code()).isEqualTo(routeReason);
        assertThat(decision.verdict()).isEqualTo(verdict);
    }

    @Test
    void erisDoesNotRequireTheNationalityNorTheAgeConditionButRequiresTheOthers() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "TEMPORARY_PROTECTION")
                .set("workAvailability.available", false));

        assertThat(decision.route().route()).isEqualTo(Route.ERIS);
        assertThat(decision.route().conditionsNotRequired()).containsExactly("NATIONALITY", "AGE");
        assertThat(decision.route().reason().legalReference().instrument()).contains("Loi organique des CPAS");
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void noAmountIsComputedOnARouteWithoutFinancialAid() {
        Decision none = decide(TestDossiers.granted().set("applicant.stayStatus", "IRREGULAR_STAY"));
        Decision eris = decide(TestDossiers.granted().set("applicant.stayStatus", "FOREIGNERS_REGISTER"));

        assertThat(none.amount()).isNull();
        assertThat(none.calculationSheet()).isEmpty();
        assertThat(eris.amount().monthly()).isEqualByComparingTo("1314.20");
    }

    @Test
    void anIrregularStayGivesUrgentMedicalAidOnlyUnderTheOrganicLaw() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "IRREGULAR_STAY"));

        assertThat(decision.route().reason().legalReference().article()).isEqualTo("art. 57, §2");
        assertThat(decision.route().reason().message()).contains("aide médicale urgente");
    }

    @Test
    void anEuCitizenWithARightOfStayAfterTheFirstThreeMonthsMeetsIt() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_CITIZEN")
                .set("applicant.rightOfStayOverThreeMonths", true).set("applicant.staySince", "2024-12-10"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_CITIZEN_RIGHT_OF_STAY");
        assertThat(decision.route().route()).isEqualTo(Route.RIS);
        assertThat(decision.verdict()).isEqualTo(Verdict.GRANTED);
    }

    @Test
    void aFamilyMemberOfABelgianWithARightOfStayMeetsIt() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_FAMILY_MEMBER")
                .set("applicant.rightOfStayOverThreeMonths", true).set("applicant.staySince", "2020-01-01"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_FAMILY_MEMBER_RIGHT_OF_STAY");
    }

    @Test
    void anEuCitizenOneDayBeforeTheEndOfTheThirdMonthDoesNotYetMeetIt() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_CITIZEN").set("applicant.euStayGround", "OTHER")
                .set("applicant.rightOfStayOverThreeMonths", true).set("applicant.staySince", "2024-12-11"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_FIRST_THREE_MONTHS");
        assertThat(condition(decision, "NATIONALITY").reasons().get(0).message()).contains("11/12/2024").contains("11/03/2025");
        assertThat(decision.route().route()).isEqualTo(Route.NONE);
        assertThat(decision.route().reason().legalReference().article()).isEqualTo("art. 57quinquies");
    }

    @Test
    void anEuCitizenWithoutARightOfStayOverThreeMonthsDoesNotMeetIt() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_CITIZEN")
                .set("applicant.rightOfStayOverThreeMonths", false).set("applicant.staySince", "2020-01-01"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(decision.route().route()).isEqualTo(Route.NONE);
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void anEuCitizenWhoseStayIsUnknownIsToVerify() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_CITIZEN"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "NATIONALITY").missingFacts())
                .containsExactly("applicant.rightOfStayOverThreeMonths", "applicant.staySince", "applicant.euStayGround");
        assertThat(decision.route().route()).isEqualTo(Route.TO_VERIFY);
        assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void anEuCitizenInTheFirstThreeMonthsIsRefusedWhateverTheUnknownRightOfStay() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_CITIZEN").set("applicant.euStayGround", "OTHER")
                .set("applicant.staySince", "2025-02-01"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_FIRST_THREE_MONTHS");
        assertThat(decision.route().route()).isEqualTo(Route.NONE);
    }

    @Test
    void anEuCitizenPastTheFirstThreeMonthsWithAnUnknownRightOfStayIsToVerify() {
        Decision decision = decide(TestDossiers.granted().set("applicant.stayStatus", "EU_CITIZEN")
                .set("applicant.staySince", "2020-02-01"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "NATIONALITY").missingFacts()).containsExactly("applicant.rightOfStayOverThreeMonths");
        assertThat(decision.route().route()).isEqualTo(Route.TO_VERIFY);
    }

    @Test
    void anUnknownStayStatusIsToVerifyAndLeavesTheRouteOpen() {
        Decision decision = decide(TestDossiers.granted().remove("applicant.stayStatus"));

        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "NATIONALITY").missingFacts()).containsExactly("applicant.stayStatus");
        assertThat(decision.route().route()).isEqualTo(Route.TO_VERIFY);
        assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }
}
