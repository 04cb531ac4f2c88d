package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.condition;
import static be.cpas.rules.kb.EngineFixture.decide;
import static be.cpas.rules.kb.EngineFixture.reasonCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.ParameterUse;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * EU citizens and family members (loi du 26 mai 2002, art. 3, 3°; loi organique des CPAS, art. 57quinquies; Cour
 * constitutionnelle 95/2014): workers, self-employed persons, those keeping that status and their family members do
 * not wait the first three months; other EU citizens do; family members of a Belgian follow the named parameter
 * stay.eu.family_of_belgian_waits (true, status U: the administration's practice) or the dossier's legal assumption.
 *
 * The dossier: an isolé with no resources, request 2025-03-10, in Belgium since 2025-02-01, so the first three months
 * end on 2025-05-01. Amount in force since 2025-02-01, category 2: 15 770,41 a year; 15 770,41 / 12 = 1 314,2008 →
 * 1 314,20 a month.
 */
class EuWorkersWithoutWaitTest {

    static TestDossiers euCitizen(String ground) {
        return TestDossiers.granted()
                .set("applicant.stayStatus", "EU_CITIZEN")
                .set("applicant.rightOfStayOverThreeMonths", true)
                .set("applicant.staySince", "2025-02-01")
                .set("applicant.euStayGround", ground);
    }

    static void assertGrantedWithoutWait(Decision decision) {
        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_NO_WAIT");
        assertThat(condition(decision, "NATIONALITY").legalReference()).isEqualTo(LegalReference.law2002("art. 3, 3°"));
        assertThat(decision.route().route()).isEqualTo(Route.RIS);
        assertThat(decision.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(decision.amount().yearly()).isEqualByComparingTo("15770.41");
        assertThat(decision.amount().monthly()).isEqualByComparingTo("1314.20");
    }

    static void assertWaiting(Decision decision) {
        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_FIRST_THREE_MONTHS");
        assertThat(condition(decision, "NATIONALITY").reasons().get(0).message()).contains("01/02/2025").contains("01/05/2025");
        assertThat(decision.route().route()).isEqualTo(Route.NONE);
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(decision.amount()).isNull();
    }

    @ParameterizedTest(name = "{0} in the first three months: no wait, 1 314,20 a month")
    @ValueSource(strings = { "WORKER", "SELF_EMPLOYED", "KEEPS_WORKER_STATUS", "FAMILY_OF_WORKER" })
    void workersSelfEmployedAndTheirFamilyDoNotWait(String ground) {
        assertGrantedWithoutWait(decide(euCitizen(ground)));
    }

    @Test
    void aFamilyMemberOfAWorkerDoesNotWait() {
        Decision decision = decide(euCitizen("FAMILY_OF_WORKER").set("applicant.stayStatus", "EU_FAMILY_MEMBER"));
        assertGrantedWithoutWait(decision);
        assertThat(condition(decision, "NATIONALITY").reasons().get(0).message())
                .isEqualTo("Citoyen de l'Union européenne ou membre de sa famille avec un droit de séjour, membre de la famille d'un travailleur : "
                        + "le droit est ouvert sans attendre les trois premiers mois.");
    }

    @Test
    void anEuCitizenOnAnotherGroundWaitsTheThreeMonths() {
        assertWaiting(decide(euCitizen("OTHER")));
    }

    @ParameterizedTest(name = "ground OTHER, in Belgium since {0}: {1}")
    @CsvSource({
            "2024-12-10, MET",      // 2024-12-10 + 3 months = 2025-03-10, the request date: the wait is over
            "2024-12-11, NOT_MET" }) // 2024-12-11 + 3 months = 2025-03-11, the day after the request
    void theWaitEndsThreeMonthsAfterTheStartOfTheStay(String since, Outcome outcome) {
        Decision decision = decide(euCitizen("OTHER").set("applicant.staySince", since));
        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(outcome);
    }

    @Test
    void aWorkerIsNotAskedWhenHisStayBegan() {
        assertGrantedWithoutWait(decide(euCitizen("WORKER").remove("applicant.staySince")));
    }

    @Test
    void aWorkerWhoseRightOfStayIsUnknownIsToVerify() {
        Decision decision = decide(euCitizen("WORKER").remove("applicant.rightOfStayOverThreeMonths"));
        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "NATIONALITY").missingFacts()).containsExactly("applicant.rightOfStayOverThreeMonths");
    }

    @Test
    void aWorkerWithoutARightOfStayDoesNotMeetIt() {
        Decision decision = decide(euCitizen("WORKER").set("applicant.rightOfStayOverThreeMonths", false));
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_NO_RIGHT_OF_STAY");
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void inTheFirstThreeMonthsAnUnknownGroundIsNamed() {
        Decision decision = decide(euCitizen("OTHER").remove("applicant.euStayGround"));
        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_GROUND_UNKNOWN");
        assertThat(condition(decision, "NATIONALITY").missingFacts()).containsExactly("applicant.euStayGround");
        assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void afterTheFirstThreeMonthsTheGroundIsNotAsked() {
        Decision decision = decide(euCitizen("OTHER").remove("applicant.euStayGround").set("applicant.staySince", "2024-12-10"));
        assertThat(condition(decision, "NATIONALITY").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_CITIZEN_RIGHT_OF_STAY");
        assertThat(decision.amount().monthly()).isEqualByComparingTo("1314.20");
    }

    // Family members of a Belgian: an open question, the named parameter (default: the administration's wait, status U).

    @Test
    void aFamilyMemberOfABelgianWaitsByDefaultAndTheUncertainParameterIsReported() {
        Decision decision = decide(euCitizen("FAMILY_OF_BELGIAN").set("applicant.stayStatus", "EU_FAMILY_MEMBER"));
        assertWaiting(decision);
        ParameterUse used = decision.parametersUsed().stream()
                .filter(p -> p.name().equals("stay.eu.family_of_belgian_waits")).findFirst().orElseThrow();
        assertThat(used.value()).isEqualByComparingTo("1");
        assertThat(used.status()).isEqualTo("U");
    }

    @Test
    void aFamilyMemberOfABelgianDoesNotWaitWhenTheDossierAssumesTheTribunalsReading() {
        Decision decision = decide(euCitizen("FAMILY_OF_BELGIAN").set("applicant.stayStatus", "EU_FAMILY_MEMBER")
                .set("legalAssumptions.euFamilyOfBelgianWaits", false));
        assertGrantedWithoutWait(decision);
        assertThat(decision.parametersUsed()).extracting(ParameterUse::name).doesNotContain("stay.eu.family_of_belgian_waits");
    }

    @Test
    void aFamilyMemberOfABelgianWaitsWhenTheDossierAssumesTheAdministrationsReading() {
        assertWaiting(decide(euCitizen("FAMILY_OF_BELGIAN").set("applicant.stayStatus", "EU_FAMILY_MEMBER")
                .set("legalAssumptions.euFamilyOfBelgianWaits", true)));
    }

    @Test
    void aFamilyMemberOfABelgianPastTheThreeMonthsMeetsItWhateverTheParameter() {
        Decision decision = decide(euCitizen("FAMILY_OF_BELGIAN").set("applicant.stayStatus", "EU_FAMILY_MEMBER")
                .set("applicant.staySince", "2024-12-10"));
        assertThat(reasonCodes(decision, "NATIONALITY")).containsExactly("STAY_EU_FAMILY_MEMBER_RIGHT_OF_STAY");
        assertThat(decision.amount().monthly()).isEqualByComparingTo("1314.20");
    }
}
