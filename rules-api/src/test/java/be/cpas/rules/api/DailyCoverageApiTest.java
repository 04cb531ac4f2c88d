package be.cpas.rules.api;

import static be.cpas.rules.api.Problems400.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The inputs and sections of the everyday coverage: stays abroad (art 23 §5 L), maintenance aid (art 68quinquies LO),
 * PIIS (arts 11 and 13 L), shortage-occupation exemption (art 35 §1 AR): accepted, checked and answered over HTTP.
 */
@QuarkusTest
class DailyCoverageApiTest {

    @Test
    void theNewInputsAreAcceptedAndTheNewSectionsAnswered() {
        // Isolé 2025: 1 314,20 a month. 20 June - 14 July 2025 after 20 days in January: 28-30 June and 1-14 July are
        // suspended: 1 314,20 × 3 / 30 = 131,42; 1 314,20 × 14 / 31 = 593,51. Maintenance 150,00 × 50 % = 75,00.
        // PIIS: notified 2025-03-28 + 3 months = 2025-06-28.
        Api.decide(Dossiers.granted()
                        .set("residence.staysAbroad", """
                                [{"firstDay": "2025-01-02", "lastDay": "2025-01-21", "exceptionalCircumstances": false},
                                 {"firstDay": "2025-06-20", "lastDay": "2025-07-14", "exceptionalCircumstances": false}]""")
                        .set("maintenancePaid", """
                                [{"kind": "CHILD_MAINTENANCE", "month": "2025-03-01", "amountPaid": 150.00, "fixedByCourt": true}]""")
                        .set("piis", "{\"integrationRightInPreviousThreeMonths\": false}")
                        .set("procedure", "{\"notificationDate\": \"2025-03-28\"}"))
                .statusCode(200)
                .body("verdict", equalTo("GRANTED"))
                .body("calculationSheet.findAll { it.code == 'ABROAD_SUSPENDED_BEYOND_YEARLY_DAYS' }.amount", equalTo(java.util.List.of(-131.42f, -593.51f)))
                .body("maintenanceAid.verdict", equalTo("GRANTED"))
                .body("maintenanceAid.amount", equalTo(75.00f))
                .body("maintenanceAid.lines[0].legalReference.article", equalTo("art. 68quinquies"))
                .body("piis.requirement", equalTo("REQUIRED"))
                .body("piis.concludeBy", equalTo("2025-06-28"))
                .body("parametersUsed.name", hasItem("assumption.days_abroad_calendar_days"));
    }

    /** A missing last day, a last day before the first, an unknown kind, a third decimal, a word for a boolean, a negative count. */
    @Test
    void badValuesOfTheNewInputsAreNamed() {
        assertInvalid(Api.decide(Dossiers.granted()
                        .set("residence.staysAbroad", "[{\"firstDay\": \"2025-06-20\"}, {\"firstDay\": \"2025-07-14\", \"lastDay\": \"2025-06-20\"}]")
                        .set("maintenancePaid", "[{\"kind\": \"ALIMONY\", \"month\": \"2025-03-01\", \"amountPaid\": 10.001}]")
                        .set("piis", "{\"waived\": \"perhaps\"}")
                        .set("resources", "[{\"type\": \"WAGES\", \"netAmount\": 100, \"periodicity\": \"MONTHLY\", \"shortageOccupationMonthsUsed\": -1}]")),
                "residence.staysAbroad[0].lastDay", "residence.staysAbroad[1].lastDay", "maintenancePaid[0].kind", "maintenancePaid[0].amountPaid", "piis.waived",
                "resources[0].shortageOccupationMonthsUsed");
    }
}
