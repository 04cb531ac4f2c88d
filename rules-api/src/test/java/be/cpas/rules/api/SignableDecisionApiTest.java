package be.cpas.rules.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The mentions of a decision the CPAS can sign, and the facts named in words, through HTTP. */
@QuarkusTest
class SignableDecisionApiTest {

    @Test
    void aGrantedDecisionCarriesPeriodicityStartAppealRightToBeHeardAndFileReference() {
        Api.decide(Dossiers.granted().text("procedure.fileReference", "RIS/2025/0412"), "nl")
                .statusCode(200)
                .body("periodicity", equalTo("MONTHLY"))
                .body("rightFrom", equalTo("2025-03-10"))
                .body("fileReference", equalTo("RIS/2025/0412"))
                .body("mentions.code", contains("PERIODICITY_MONTHLY", "RIGHT_FROM", "APPEAL", "APPEAL_FORM", "APPEAL_NOT_SUSPENSIVE",
                        "TRIBUNAL_ADDRESS_AND_CONTACT", "RIGHT_TO_BE_HEARD", "FILE_REFERENCE"))
                .body("mentions.find { it.code == 'APPEAL' }.text",
                        equalTo("U kunt tegen deze beslissing beroep instellen bij de arbeidsrechtbank binnen 3 maanden na de kennisgeving ervan."))
                .body("mentions.find { it.code == 'APPEAL' }.legalReference.instrument",
                        equalTo("Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie"))
                .body("conditions[0].legalReference.instrument", equalTo("Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie"))
                .body("factsToVerifyText", equalTo(java.util.List.of()));
    }

    @Test
    void aMissingFactIsGivenAsAPathAndInWords() {
        Api.decide(Dossiers.granted().remove("applicant.birthDate"), "de")
                .statusCode(200)
                .body("conditions.find { it.condition == 'AGE' }.missingFacts", contains("applicant.birthDate"))
                .body("conditions.find { it.condition == 'AGE' }.missingFactsText", contains("das Geburtsdatum des Antragstellers"))
                .body("factsToVerifyText", hasItem("das Geburtsdatum des Antragstellers"));
    }
}
