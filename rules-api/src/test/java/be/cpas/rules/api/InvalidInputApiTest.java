package be.cpas.rules.api;

import static be.cpas.rules.api.Problems400.assertInvalid;
import static be.cpas.rules.api.Problems400.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each kind of invalid input gives a 400 problem+json naming each bad field; never a 500. */
@QuarkusTest
class InvalidInputApiTest {

    @Test
    void malformedJsonNamesWhereItBroke() {
        assertInvalid(Api.decide("{\"requestDate\": \"2025-03-10\", \"applicant\": {\"birthDate\": 1990-05-14}}"), "applicant.birthDate")
                .body("errors[0].message", equalTo("JSON mal formé (ligne 1, colonne 62)"));
        assertInvalid(Api.decide("{\"requestDate\": \"2025-03-10\","), "requestDate");
    }

    @Test
    void wrongTypesAreAllNamed() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .text("applicant.childrenInCharge", "two")
                        .text("residence.homeless", "maybe")
                        .set("applicant.pregnant", "[1]")
                        .set("workAvailability", "\"yes\"")
                        .set("otherRights.allBenefitsClaimed", "1")
                        .set("residence.daysAbroadThisYear", "1.5")
                        .set("resources", "[{\"type\": \"WAGES\", \"netAmount\": \"abc\", \"periodicity\": \"MONTHLY\"}]")),
                "applicant.childrenInCharge", "residence.homeless", "applicant.pregnant", "workAvailability",
                "otherRights.allBenefitsClaimed", "residence.daysAbroadThisYear", "resources[0].netAmount");
    }

    @Test
    void impossibleDatesAreNamed() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .text("requestDate", "2025-02-30")
                        .text("applicant.birthDate", "1990-13-01")
                        .set("household", "[{\"relation\": \"CHILD\", \"birthDate\": \"2015-02-29\"}]")),
                "requestDate", "applicant.birthDate", "household[0].birthDate")
                .body("errors[0].message", equalTo("date impossible ou mal formée : format attendu AAAA-MM-JJ"));
    }

    @Test
    void aNullListItemAndTheBoundsInsideListItemsAreNamed() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .set("resources", "[null, {\"type\": \"WAGES\", \"netAmount\": -1, \"periodicity\": \"MONTHLY\"}]")
                        .set("household", "[{\"relation\": \"PARTNER\", \"resources\": [{\"type\": \"WAGES\", \"periodicity\": \"MONTHLY\"}]}]")),
                "resources[0]", "resources[1].netAmount", "household[0].resources[0].netAmount")
                .body("errors.find { it.field == 'resources[1].netAmount' }.message", equalTo("doit être au moins 0"));
    }

    @Test
    void childrenInChargeContradictingTheHouseholdNameBothFields() {
        // a 16-year-old declaring no child in charge while a household member is in his charge: one source of truth
        assertInvalid(Api.decide(Dossiers.granted()
                        .text("applicant.birthDate", "2008-06-01")
                        .set("applicant.childrenInCharge", "0")
                        .set("household", "[{\"relation\": \"CHILD\", \"birthDate\": \"2024-01-01\", \"married\": false, \"inApplicantCharge\": true}]")),
                "applicant.childrenInCharge", "household[0].inApplicantCharge")
                .body("errors.find { it.field == 'applicant.childrenInCharge' }.message",
                        equalTo("contredit le ménage : 0 enfant(s) à charge déclaré(s) pour le demandeur, mais 1 personne(s) du ménage à sa charge"));
    }

    @Test
    void negativeAmountsAreNamed() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .set("resources", "[{\"type\": \"WAGES\", \"netAmount\": -5, \"periodicity\": \"MONTHLY\"}]")
                        .set("household", "[{\"relation\": \"PARTNER\", \"resources\": [{\"type\": \"PENSION\", \"netAmount\": -0.01, \"periodicity\": \"YEARLY\"}]}]")
                        .set("capital", "{\"movableCapital\": -1}")
                        .set("applicant.childrenInCharge", "-1")),
                "resources[0].netAmount", "household[0].resources[0].netAmount", "capital.movableCapital", "applicant.childrenInCharge")
                .body("errors.find { it.field == 'capital.movableCapital' }.message", equalTo("doit être au moins 0"));
    }

    @Test
    void tooManyDecimalsAndOutOfBoundsNumbersAreNamed() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .set("resources", "[{\"type\": \"WAGES\", \"netAmount\": 10.001, \"periodicity\": \"MONTHLY\"}]")
                        .set("residence.daysAbroadThisYear", "400")),
                "resources[0].netAmount", "residence.daysAbroadThisYear");
    }

    @Test
    void unknownEnumValuesAreNamedWithTheAllowedValues() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .text("applicant.stayStatus", "MARTIAN")
                        .set("household", "[{\"relation\": \"COUSIN\"}]")),
                "applicant.stayStatus", "household[0].relation")
                .body("errors.find { it.field == 'applicant.stayStatus' }.message", containsString("BELGIAN, EU_CITIZEN"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .remove("requestDate")
                        .remove("applicant")
                        .set("resources", "[{\"netAmount\": 3}]")
                        .set("household", "[{\"birthDate\": \"2000-01-01\"}, null]")),
                "requestDate", "applicant", "resources[0].type", "resources[0].periodicity", "household[0].relation", "household[1]")
                .body("errors[0].message", equalTo("obligatoire"));
    }

    @Test
    void unknownFieldsAreRefusedSoThatTyposAreNotLost() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .text("applicant.birthdate", "1990-01-01")
                        .set("household", "[{\"relation\": \"CHILD\", \"inCharge\": true}]")
                        .set("notes", "{\"a\": [1, 2]}")),
                "applicant.birthdate", "household[0].inCharge", "notes");
    }

    @Test
    void aBirthDateAfterTheRequestDateIsRefused() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .text("applicant.birthDate", "2025-03-11")
                        .set("household", "[{\"relation\": \"CHILD\", \"birthDate\": \"2026-01-01\"}]")),
                "applicant.birthDate", "household[0].birthDate")
                .body("errors[0].message", equalTo("la date de naissance est postérieure à la date de la demande"));
    }

    @Test
    void aRightOpenedAfterTheRequestOrAFirstRequestOpenedOnAnotherDayIsRefused() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .set("procedure", "{\"firstRequest\": false, \"rightOpenedOn\": \"2025-03-11\"}")),
                "procedure.rightOpenedOn")
                .body("errors[0].message", equalTo("la date d'ouverture du droit est postérieure à la date de la demande"));
        assertInvalid(Api.decide(Dossiers.granted()
                        .set("procedure", "{\"firstRequest\": true, \"rightOpenedOn\": \"2024-09-01\"}")),
                "procedure.firstRequest", "procedure.rightOpenedOn");
    }

    @Test
    void differentKindsOfErrorsAreReportedTogether() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .text("applicant.stayStatus", "MARTIAN")
                        .text("applicant.nickname", "x")
                        .set("capital", "{\"movableCapital\": -1}")),
                "applicant.stayStatus", "applicant.nickname", "capital.movableCapital");
    }

    @Test
    void aFieldGivenTwiceTextAfterTheJsonAndBodiesThatAreNotDossiersAreRefused() {
        assertInvalid(Api.decide("{\"requestDate\": \"2025-03-10\", \"requestDate\": \"2025-03-11\"}"), "requestDate");
        assertInvalid(Api.decide(Dossiers.GRANTED + " {}"), "$");
        assertInvalid(Api.decide(""), "$");
        assertInvalid(Api.decide("null"), "$");
        assertInvalid(Api.decide("[]"), "$");
        assertInvalid(Api.decide("\"dossier\""), "$");
        assertInvalid(Api.decide("[".repeat(5000)), "$");
    }

    @Test
    void aRequestDateBeforeTheFirstKnownAmountsIs422NamingRequestDate() {
        assertProblem(Api.decide(Dossiers.granted().text("requestDate", "2005-07-31").text("applicant.birthDate", "1970-01-01")),
                422, "date-out-of-range")
                .body("errors.field", org.hamcrest.Matchers.contains("requestDate"));
        Api.decide(Dossiers.granted().text("requestDate", "2005-08-01").text("applicant.birthDate", "1970-01-01")).statusCode(200);
    }

    @Test
    void otherHttpErrorsAreProblemsToo() {
        Api.awaitReady();
        assertProblem(given().contentType(ContentType.TEXT).body("hello").post("/v1/decisions").then(), 415, "unsupported-media-type");
        assertProblem(given().get("/v1/nothing").then(), 404, "not-found");
        assertProblem(given().get("/v1/decisions").then(), 405, "method-not-allowed");
    }
}
