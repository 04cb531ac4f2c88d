package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A granted, a refused and an incomplete dossier through HTTP; the list of conditions. */
@QuarkusTest
class DecisionsApiTest {

    private static final String LAW = "Loi du 26 mai 2002 concernant le droit à l'intégration sociale";
    /** The articles of the six conditions, in the law's order. */
    private static final String[] ARTICLES = {"art. 3, 1°", "art. 3, 2° et art. 7", "art. 3, 3°", "art. 3, 4° et art. 16",
            "art. 3, 5°", "art. 3, 6° et art. 4"};
    private static final String[] CONDITIONS = {"RESIDENCE", "AGE", "NATIONALITY", "RESOURCES", "WORK_AVAILABILITY", "OTHER_RIGHTS"};

    @Test
    void aBelgianAdultAloneWithNoResourcesIsGranted() {
        Api.decide(Dossiers.granted())
                .statusCode(200)
                .contentType("application/json")
                .header("Content-Language", "fr")
                .body("verdict", equalTo("GRANTED"))
                .body("route.route", equalTo("RIS"))
                .body("route.reason.code", equalTo("ROUTE_RIS"))
                .body("requestDate", equalTo("2025-03-10"))
                .body("language", equalTo("fr"))
                .body("rulesVersion", matchesPattern("[0-9a-f]{64}"))
                .body("conditions.condition", contains(CONDITIONS))
                .body("conditions.outcome", everyItem(equalTo("MET")))
                .body("conditions.legalReference.instrument", everyItem(equalTo(LAW)))
                .body("conditions.legalReference.article", contains(ARTICLES))
                .body("conditions.find { it.condition == 'AGE' }.reasons[0].code", equalTo("AGE_ADULT"))
                .body("conditions.find { it.condition == 'AGE' }.reasons[0].message", equalTo("Le demandeur a 34 ans : il est majeur."))
                .body("conditions.find { it.condition == 'NATIONALITY' }.reasons[0].code", equalTo("STAY_BELGIAN"))
                .body("conditions.find { it.condition == 'RESOURCES' }.reasons[0].code", equalTo("RESOURCES_BELOW_CATEGORY_AMOUNT"))
                .body("factsToVerify", equalTo(java.util.List.of()))
                // 2025-03-10, isolé without resources: the full cat 2 amount, 15 770,41 / 12 = 1 314,20 (art. 14, §1 L).
                .body("category.category", equalTo("CATEGORY_2"))
                .body("amount.yearly", equalTo(15770.41f))
                .body("amount.monthly", equalTo(1314.20f))
                .body("calculationSheet[0].code", equalTo("CATEGORY_AMOUNT"))
                // The rule of this line reads the category amount and, for later lines, the category's general exemption.
                .body("calculationSheet[0].parameters", contains("exemption.general.category_2", "ris.amount.category_2"))
                .body("parametersUsed.find { it.name == 'ris.amount.category_2' }.effectiveFrom", equalTo("2025-02-01"));
    }

    @Test
    void theCohabitantExampleCarriesCategoryAmountAndCalculationSheet() {
        // Cat 1 in 2025: 10 513,60/yr. Wage 480 x 12 = 5 760 counted in full (not started on RIS); capital 1 500 under 6 200;
        // partner 1 210,50 x 12 = 14 526 counted above the cat 1 amount: 4 012,40; total 9 772,40 < 10 513,60, so the
        // general exemption of 155 applies: 9 617,40. RIS = 10 513,60 - 9 617,40 = 896,20/yr = 74,68/month.
        Api.decide(Dossiers.example())
                .statusCode(200)
                .body("verdict", equalTo("GRANTED"))
                .body("category.category", equalTo("CATEGORY_1"))
                .body("amount.yearly", equalTo(896.20f))
                .body("amount.monthly", equalTo(74.68f))
                .body("calculationSheet.code", hasItems("CATEGORY_AMOUNT", "COHABITANT_PARTNER_ABOVE_CATEGORY_1", "GENERAL_EXEMPTION"))
                .body("calculationSheet.find { it.code == 'COHABITANT_PARTNER_ABOVE_CATEGORY_1' }.amount", equalTo(4012.40f))
                .body("calculationSheet.find { it.code == 'GENERAL_EXEMPTION' }.amount", equalTo(-155.00f))
                .body("calculationSheet.legalReference.article", everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void theHomelessExampleCarriesThePremiumTheCompetentCpasAndTheDeadlines() {
        Api.decide(Dossiers.of(ApiExamples.HOMELESS_MOVING_IN))
                .statusCode(200)
                .body("verdict", equalTo("GRANTED"))
                .body("amount.monthly", equalTo(1314.20f))
                // One month of cat 3 at 2025-02-01: 21 312,87 / 12 = 1 776,07 (loi organique des CPAS, art. 57bis); regime (a), RIS granted here.
                .body("installationPremium.verdict", equalTo("GRANTED"))
                .body("installationPremium.regime", equalTo("RIS_BENEFICIARY"))
                .body("installationPremium.amount", equalTo(1776.07f))
                .body("installationPremium.conditions.outcome", everyItem(equalTo("MET")))
                .body("competentCpas.commune", equalTo("Liège"))
                .body("competentCpas.status", equalTo("DETERMINED"))
                .body("deadlines.find { it.kind == 'DECISION_DUE' }.date", equalTo("2025-04-09"))
                .body("deadlines.find { it.kind == 'NOTIFICATION_DUE' }.date", equalTo("2025-04-05"))
                .body("deadlines.find { it.kind == 'APPEAL_UNTIL' }.date", equalTo("2025-07-02"));
    }

    @Test
    void theFieldsOfTheOpeningOfTheRightTheEuGroundOfStayAndTheRegistrationOfAnAsylumSeekerAreAccepted() {
        // an EU worker in Belgium since 2025-02-01, request 2025-03-10: no three-month wait; isolé, 15 770,41 / 12 = 1 314,20
        Api.decide(Dossiers.granted()
                        .text("applicant.stayStatus", "EU_CITIZEN")
                        .set("applicant.rightOfStayOverThreeMonths", "true")
                        .text("applicant.staySince", "2025-02-01")
                        .text("applicant.euStayGround", "WORKER")
                        .set("legalAssumptions", "{\"euFamilyOfBelgianWaits\": false}")
                        .set("procedure", "{\"firstRequest\": false, \"rightOpenedOn\": \"2024-09-01\"}")
                        .set("competence", "{\"inEstablishment\": false, \"asylumSeekerRegistrationCommune\": \"Arlon\"}"))
                .statusCode(200)
                .body("verdict", equalTo("GRANTED"))
                .body("conditions[2].reasons[0].code", equalTo("STAY_EU_NO_WAIT"))
                .body("amount.monthly", equalTo(1314.20f));
    }

    @Test
    void aMinorWithoutAnyExceptionIsRefusedOnAge() {
        Api.decide(Dossiers.granted().text("applicant.birthDate", "2010-01-01"))
                .statusCode(200)
                .body("verdict", equalTo("REFUSED"))
                .body("route.route", equalTo("RIS"))
                .body("conditions.outcome", contains("MET", "NOT_MET", "MET", "MET", "MET", "MET"))
                .body("conditions[1].reasons[0].code", equalTo("AGE_MINOR_NO_EXCEPTION"))
                .body("conditions[1].reasons[0].message", equalTo(
                        "Le demandeur a 15 ans et ne relève d'aucune des exceptions prévues pour les mineurs."))
                .body("conditions[1].reasons[0].legalReference.instrument", equalTo(LAW))
                .body("conditions[1].reasons[0].legalReference.article", equalTo("art. 3, 2° et art. 7"));
    }

    @Test
    void anIrregularStayIsRefusedWithNoCpasFinancialAid() {
        Api.decide(Dossiers.granted().text("applicant.stayStatus", "IRREGULAR_STAY"))
                .statusCode(200)
                .body("verdict", equalTo("REFUSED"))
                .body("route.route", equalTo("NONE"))
                .body("route.reason.code", equalTo("ROUTE_NONE_IRREGULAR_STAY"))
                .body("route.reason.legalReference.instrument", equalTo("Loi organique des CPAS du 8 juillet 1976"))
                .body("route.reason.legalReference.article", equalTo("art. 57, §2"))
                .body("conditions[2].condition", equalTo("NATIONALITY"))
                .body("conditions[2].outcome", equalTo("NOT_MET"))
                .body("conditions[2].reasons[0].code", equalTo("STAY_IRREGULAR_STAY"))
                .body("conditions[2].reasons[0].legalReference.article", equalTo("art. 3, 3°"));
    }

    @Test
    void anUnknownBirthDateMakesTheDossierIncompleteNamingTheField() {
        Api.decide(Dossiers.granted().remove("applicant.birthDate"))
                .statusCode(200)
                .body("verdict", equalTo("INCOMPLETE"))
                .body("route.route", equalTo("RIS"))
                .body("conditions.outcome", contains("MET", "TO_VERIFY", "MET", "MET", "MET", "MET"))
                .body("conditions[1].reasons[0].code", equalTo("AGE_BIRTH_DATE_UNKNOWN"))
                .body("conditions[1].reasons[0].legalReference.article", equalTo("art. 3, 2°"))
                .body("conditions[1].missingFacts", contains("applicant.birthDate"))
                .body("factsToVerify", contains("applicant.birthDate"));
    }

    @Test
    void theOpenApiExampleIsDecided() {
        Api.decide(ApiExamples.DECISION_REQUEST)
                .statusCode(200)
                .body("route.route", equalTo("RIS"))
                .body("conditions.condition", hasItem("RESOURCES"));
    }

    @Test
    void theSixConditionsAreListedWithTheirLegalReferences() {
        Api.awaitReady();
        given().get("/v1/conditions").then()
                .statusCode(200)
                .header("Content-Language", "fr")
                .body("condition", contains(CONDITIONS))
                .body("title[0]", equalTo("Résidence effective et habituelle en Belgique"))
                .body("legalReference.instrument", everyItem(equalTo(LAW)))
                .body("legalReference.article", contains(ARTICLES));
    }
}
