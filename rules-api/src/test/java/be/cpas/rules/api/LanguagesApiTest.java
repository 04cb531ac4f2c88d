package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Accept-Language chooses French, Dutch or German for reasons, titles and errors; French by default. */
@QuarkusTest
class LanguagesApiTest {

    @Test
    void reasonsFollowAcceptLanguage() {
        Api.decide(Dossiers.granted(), "nl").statusCode(200)
                .header("Content-Language", "nl")
                .body("language", equalTo("nl"))
                .body("conditions[2].reasons[0].message", equalTo("De aanvrager is Belg."));
        Api.decide(Dossiers.granted(), "de-BE").statusCode(200)
                .header("Content-Language", "de")
                .body("language", equalTo("de"))
                .body("conditions[2].reasons[0].message", equalTo("Der Antragsteller ist Belgier."));
        Api.decide(Dossiers.granted(), null).statusCode(200)
                .body("language", equalTo("fr"))
                .body("conditions[2].reasons[0].message", equalTo("Le demandeur est belge."));
        Api.decide(Dossiers.granted(), "en-GB,en;q=0.9").statusCode(200).body("language", equalTo("fr"));
        Api.decide(Dossiers.granted(), "en, fr;q=0.1, nl;q=0.8").statusCode(200).body("language", equalTo("nl"));
    }

    @Test
    void conditionTitlesFollowAcceptLanguage() {
        Api.awaitReady();
        given().header("Accept-Language", "de").get("/v1/conditions").then().statusCode(200)
                .header("Content-Language", "de")
                .body("title[0]", equalTo("Tatsächlicher und gewöhnlicher Aufenthalt in Belgien"));
        given().header("Accept-Language", "nl-BE").get("/v1/conditions").then().statusCode(200)
                .header("Content-Language", "nl");
    }

    @Test
    void errorsFollowAcceptLanguage() {
        String body = Dossiers.granted().text("applicant.birthDate", "1990-02-30").json();
        Api.decide(body, "fr").statusCode(400).header("Content-Language", "fr")
                .body("title", equalTo("Requête invalide"))
                .body("errors[0].message", equalTo("date impossible ou mal formée : format attendu AAAA-MM-JJ"));
        Api.decide(body, "nl").statusCode(400).header("Content-Language", "nl")
                .body("title", equalTo("Ongeldige aanvraag"))
                .body("errors[0].message", equalTo("onmogelijke of slecht gevormde datum: verwacht formaat JJJJ-MM-DD"));
        Api.decide(body, "de").statusCode(400).header("Content-Language", "de")
                .body("title", equalTo("Ungültige Anfrage"))
                .body("errors[0].message", equalTo("unmögliches oder falsch geschriebenes Datum: erwartetes Format JJJJ-MM-TT"));
        Api.decide(Dossiers.granted().text("requestDate", "2001-01-01"), "nl").statusCode(422)
                .body("title", equalTo("Datum buiten de gedekte periode"));
    }

    @Test
    void aMalformedHeaderFallsBackToFrench() {
        assertThat(Languages.choose(";;;q=x")).isEqualTo("fr");
        assertThat(Languages.choose("*")).isEqualTo("fr");
        assertThat(Languages.choose("nl;q=0, de;q=0.5")).isEqualTo("de");
        Api.decide(Dossiers.granted(), ";;;q=x").statusCode(200).body("language", equalTo("fr"));
    }
}
