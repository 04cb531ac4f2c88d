package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The bodies an attacker sent, rebuilt here. Each is answered 400 naming the bad fields, never 500, and costs
 * work in proportion to its size: the assertions count allocated bytes and set lookups, not time.
 */
@QuarkusTest
class HostileInputApiTest {

    /** Parsing a 256 KB body into a tree and binding it allocates a few MB; the quadratic reader allocated GBs. */
    private static final long ALLOCATION_BUDGET = 64L << 20;

    @Inject
    DossierReader reader;

    /** 8 000 unknown fields and 20 000 empty list items (139 KB): 12.7 s to its 400 before. */
    static String unknownFieldsAndEmptyItems() {
        StringBuilder body = new StringBuilder(Dossiers.granted().json());
        body.setLength(body.lastIndexOf("}"));
        body.append(",\"resources\":[");
        body.append("{},".repeat(19_999)).append("{}]");
        for (int i = 0; i < 8_000; i++) {
            body.append(",\"x").append(i).append("\":0");
        }
        return body.append('}').toString().replace("\"resources\":[],", "");
    }

    /** 30 household members with 50 empty resources each (every one 3 missing fields) and 8 000 unknown fields. */
    static String manyEmptyItemsWithinTheLimits() {
        StringBuilder body = new StringBuilder(Dossiers.granted().json().replace("\"household\":[],", ""));
        body.setLength(body.lastIndexOf("}"));
        String member = "{\"relation\":\"PARTNER\",\"resources\":[" + "{},".repeat(49) + "{}]}";
        body.append(",\"household\":[").append((member + ",").repeat(29)).append(member).append(']');
        for (int i = 0; i < 8_000; i++) {
            body.append(",\"x").append(i).append("\":0");
        }
        return body.append('}').toString();
    }

    /** A 3 000-item list under a misspelt key. */
    static String longListUnderAMisspeltKey() {
        StringBuilder body = new StringBuilder(Dossiers.granted().json());
        body.setLength(body.lastIndexOf("}"));
        String item = "{\"relation\":\"PARTNER\",\"birthDate\":\"1980-01-01\"}";
        body.append(",\"housHold\":[").append((item + ",").repeat(2_999)).append(item).append("]}");
        return body.toString();
    }

    @Test
    void eightThousandUnknownFieldsAndTwentyThousandEmptyItems() throws IOException {
        String body = unknownFieldsAndEmptyItems();
        assertThat(body.length()).isBetween(100_000, 256 * 1024);
        // 8 000 unknown fields + 1 list too long (its items are not walked) = 8 001; the first 100 shown.
        Api.decide(body).statusCode(400)
                .body("detail", equalTo("8001 champ(s) invalide(s) ou plus : voir errors."))
                .body("errors", hasSize(Violations.SHOWN))
                .body("errors.find { it.field == 'resources' }.message", equalTo("au plus 50 éléments"));
        Violations violations = readCounting(body);
        assertThat(violations.count()).isEqualTo(8_001);
        // The answer was full before the bound dossier was validated: not one more violation was built.
        assertThat(violations.more()).isTrue();
        assertThat(violations.offered()).isZero();
    }

    @Test
    void emptyItemsWithinTheLimitsAreNotValidatedOnceTheAnswerIsFull() throws IOException {
        String body = manyEmptyItemsWithinTheLimits();
        Api.decide(body).statusCode(400)
                .body("errors", hasSize(Violations.SHOWN))
                .body("detail", equalTo("8000 champ(s) invalide(s) ou plus : voir errors."));
        Violations violations = readCounting(body);
        // The 8 000 unknown fields are counted by the walk of the tree; the 100 shown are among them, so the
        // 1 500 empty resources (4 500 missing fields) are never validated. Before: 4 500 constraint violations built.
        assertThat(violations.count()).isEqualTo(8_000);
        assertThat(violations.more()).isTrue();
        assertThat(violations.offered()).isZero();
    }

    @Test
    void validationStopsAtTheFirstHundredViolations() throws IOException {
        // 30 members × 50 empty resources, each missing type, netAmount and periodicity: 4 500 violations in all.
        String member = "{\"relation\":\"PARTNER\",\"resources\":[" + "{},".repeat(49) + "{}]}";
        String body = Dossiers.granted().set("household", "[" + (member + ",").repeat(29) + member + "]").json();
        Api.decide(body).statusCode(400)
                .body("errors", hasSize(Violations.SHOWN))
                .body("detail", equalTo("100 champ(s) invalide(s) ou plus : voir errors."))
                .body("errors[0].field", equalTo("household[0].resources[0].type"))
                .body("errors[1].field", equalTo("household[0].resources[0].netAmount"))
                .body("errors[2].field", equalTo("household[0].resources[0].periodicity"))
                .body("errors[99].field", equalTo("household[0].resources[33].type"));
        Violations violations = readCounting(body);
        // Hibernate Validator built the 100 violations shown, then the walk stopped (it built 4 500 before).
        assertThat(violations.offered()).isEqualTo(Violations.SHOWN);
        assertThat(violations.count()).isEqualTo(Violations.SHOWN);
        assertThat(violations.more()).isTrue();
        // "Is it inside a field that could not be read?": one set lookup per level of each path, at most 5.
        assertThat(violations.lookups()).isLessThanOrEqualTo(Violations.SHOWN * 5L);
    }

    @Test
    void aLongListUnderAMisspeltKeyIsNotWalked() throws IOException {
        String body = longListUnderAMisspeltKey();
        Api.decide(body).statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("housHold"));
        assertThat(readCounting(body).count()).isEqualTo(1);
    }

    /** Reads the body on this thread, so that its allocations can be counted, and checks the budget. */
    private Violations readCounting(String body) throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Violations violations = new Violations();
        long before = threads.getThreadAllocatedBytes(thread);
        reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), violations);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(allocated).as("bytes allocated to read a %d-byte body", body.length()).isLessThan(ALLOCATION_BUDGET);
        assertThat(violations.kept()).hasSizeLessThanOrEqualTo(Violations.SHOWN);
        return violations;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "requestDate, +999999999-12-31",
            "requestDate, +10000-01-01",
            "requestDate, 2101-01-01",
            "applicant.birthDate, -999999999-01-01",
            "applicant.birthDate, 1899-12-31",
            "applicant.staySince, +999999999-12-31",
            "procedure.decisionDate, +999999999-12-31",
            "procedure.notificationDate, +999999999-12-31",
            "resources[0].startDate, +999999999-12-31",
            "household[0].birthDate, -999999999-01-01",
            "household[0].resources[0].startDate, +10000-01-01",
    })
    void anExtremeDateIsRefusedNamingItsField(String field, String date) {
        Dossiers dossier = Dossiers.granted()
                .set("household", "[{\"relation\":\"PARTNER\",\"birthDate\":\"1985-01-01\",\"resources\":"
                        + "[{\"type\":\"WAGES\",\"netAmount\":100,\"periodicity\":\"MONTHLY\"}]}]")
                .set("resources", "[{\"type\":\"WAGES\",\"netAmount\":100,\"periodicity\":\"MONTHLY\"}]")
                .text(field.replace("[", ".").replace("]", ""), date);
        Api.decide(dossier).statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo("date hors des années 1900 à 2100"));
        Api.decide(dossier, "nl").statusCode(400).body("errors[0].message", equalTo("datum buiten de jaren 1900 tot 2100"));
        Api.decide(dossier, "de").statusCode(400).body("errors[0].message", equalTo("Datum außerhalb der Jahre 1900 bis 2100"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "resources[0].netAmount", "capital.movableCapital" })
    void moneyWithMoreThanTwoDecimalsIsRefusedNotRounded(String field) {
        // As a double, 9999999.999999999999 is 10000000.0: it would pass the bounds, and the two decimals.
        Dossiers dossier = Dossiers.granted()
                .set("resources", "[{\"type\":\"WAGES\",\"netAmount\":100,\"periodicity\":\"MONTHLY\"}]");
        String body = dossier.json().replace(field.endsWith("netAmount") ? "\"netAmount\":100" : "\"movableCapital\":0",
                (field.endsWith("netAmount") ? "\"netAmount\":" : "\"movableCapital\":") + "9999999.999999999999");
        Api.decide(body).statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo("au plus " + (field.endsWith("netAmount") ? 8 : 10) + " chiffres avant la virgule et 2 après"));
    }
}
