package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The workbench pages over plain HTTP (the browser tests add rendering, keyboard and contrast; these run everywhere). */
@QuarkusTest
class WorkbenchPagesTest {

    @BeforeEach
    void engineReady() {
        Api.awaitReady();
    }

    /**
     * The cohabitant of WorkbenchBrowserTest, typed as a social worker would (1 200,00): partner's wage
     * 14 400,00 €/year, above cat 1 (10 513,60): 3 886,40, minus the general exemption 155,00 = 3 731,40 counted;
     * RIS 10 513,60 − 3 731,40 = 6 782,20 €/year, / 12 = 565,18 €/month.
     */
    @Test
    void theSimulatorDecidesTheFormsDossierLikeTheApi() {
        cohabitant().formParam("lang", "nl")
                .when().post("/simulator").then().statusCode(200)
                .header("Content-Language", "nl")
                .body(containsString("<dd class=\"amount\" id=\"monthly-amount\">565,18 €</dd>"))
                .body(containsString("3.886,40 €"))
                .body(containsString("Geboortedatum"))
                .body(containsString("value=\"1991-06-21\""));
    }

    @Test
    void aBadInputIsAFieldErrorInThePageNeverA500() {
        cohabitant(Map.of("household[0].resources[0].netAmount", "-5", "applicant.childrenInCharge", "two",
                        "requestDate", "2025-02-30"))
                .when().post("/simulator").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"f-household-0-resources-0-netAmount-error\">doit être au moins 0<"))
                .body(containsString("id=\"f-applicant-childrenInCharge-error\">un nombre entier est attendu<"))
                .body(containsString("id=\"f-requestDate-error\">date impossible ou mal formée"))
                .body(not(containsString("id=\"decision\"")));
    }

    @Test
    void aRequestDateBeforeTheFirstKnownAmountsIsShownAtItsField() {
        cohabitant(Map.of("requestDate", "2004-01-01"))
                .when().post("/simulator").then().statusCode(422)
                .body(containsString("id=\"f-requestDate-error\">date antérieure au 01/08/2005"));
    }

    @Test
    void anEmptyRowBetweenTwoMembersDoesNotShiftTheirLinks() {
        // The partner is typed in the third row: it is household[0] in the dossier, its error belongs to the third row.
        given().formParam("requestDate", "2025-03-10")
                .formParam("household[2].relation", "PARTNER")
                .formParam("household[2].resources[1].type", "WAGES")
                .formParam("household[2].resources[1].netAmount", "-5")
                .formParam("household[2].resources[1].periodicity", "MONTHLY")
                .when().post("/simulator").then().statusCode(400)
                .body(containsString("href=\"#f-household-2-resources-1-netAmount\""))
                .body(containsString("id=\"f-household-2-resources-1-netAmount-error\">doit être au moins 0<"));
    }

    @Test
    void theLetterCarriesTheMentionsTheLawRequiresAndMarksWhatIsMissing() {
        cohabitant().formParam("letter.fileReference", "RIS/2025/0042")
                .when().post("/simulator/letter").then().statusCode(200)
                .body(containsString("565,18 €"))
                .body(containsString("RIS/2025/0042"))
                .body(containsString("article 47 de la loi du 26 mai 2002"))
                .body(containsString("article 20 de la loi du 26 mai 2002"))
                .body(containsString("n&#39;est pas suspensif"))
                .body(containsString("[à compléter : Tribunal du travail compétent et son adresse]"));
    }

    /** Cat 1 from 01/02/2025: 10 513,60 €/year, published monthly 876,13, status C2, with its source. */
    @Test
    void theExplorerShowsEveryParameterWithItsSourceAndTheRuleFiles() {
        given().when().get("/explorer?lang=fr").then().statusCode(200)
                .body(containsString("<td>01/02/2025</td><td class=\"num\">10\u00a0513,60</td><td class=\"num\">876,13</td>"
                        + "<td><span class=\"tag tag-C2\">C2</span></td><td class=\"small\">amount in force: base × coefficient"))
                .body(containsString("<svg"))
                .body(containsString("L2002_art14_amount.drl"))
                .body(containsString("Art 14, §1: the yearly amount of the category"));
    }

    @Test
    void theLandingPageLinksThePagesTheApiDocsAndHealth() {
        given().header("Accept-Language", "de").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("href=\"/q/swagger-ui\""))
                .body(containsString("href=\"/q/health\""))
                .body(containsString("href=\"/simulator?lang=de\""))
                .body(containsString("href=\"/explorer?lang=de\""));
        given().when().get("/packs?lang=nl").then().statusCode(200).body(containsString("Deze pagina komt binnenkort."));
    }

    private static RequestSpecification cohabitant() {
        return cohabitant(Map.of());
    }

    /** The cohabitant's form, with some inputs typed otherwise. */
    private static RequestSpecification cohabitant(Map<String, String> changed) {
        Map<String, String> form = new LinkedHashMap<>(COHABITANT);
        form.putAll(changed);
        return given().formParams(form);
    }

    private static final Map<String, String> COHABITANT = Map.ofEntries(
            Map.entry("requestDate", "2025-03-10"),
            Map.entry("applicant.birthDate", "1991-06-21"),
            Map.entry("applicant.stayStatus", "BELGIAN"),
            Map.entry("applicant.maritalStatus", "LEGAL_COHABITATION"),
            Map.entry("applicant.childrenInCharge", "0"),
            Map.entry("residence.habitualResidenceInBelgium", "true"),
            Map.entry("residence.daysAbroadThisYear", "0"),
            Map.entry("residence.homeless", "false"),
            Map.entry("workAvailability.available", "true"),
            Map.entry("otherRights.allBenefitsClaimed", "true"),
            Map.entry("household[0].relation", "PARTNER"),
            Map.entry("household[0].birthDate", "1988-02-03"),
            Map.entry("household[0].resources[0].type", "WAGES"),
            Map.entry("household[0].resources[0].netAmount", "1 200,00"),
            Map.entry("household[0].resources[0].periodicity", "MONTHLY"),
            Map.entry("capital.movableCapital", "0"));
}
