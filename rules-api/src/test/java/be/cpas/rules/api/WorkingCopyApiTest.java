package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.RulesEngine;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * An analyst runs the service on a working copy of the knowledge base (cpas.kb.directory): here a copy whose
 * cat 2 base of 2025-02-01 was raised, to see the effect of the change before it goes live.
 */
@QuarkusTest
@TestProfile(WorkingCopyApiTest.EditedCopy.class)
class WorkingCopyApiTest {

    public static class EditedCopy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path copy = copyOfTheSourceKnowledgeBase();
            // the published figures of category 2 no longer hold and are dropped from the edited copy
            Path base = copy.resolve("parameters/ris/base/category_2.yaml");
            Path amounts = copy.resolve("parameters/ris/amount/category_2.yaml");
            try {
                // a category 2 base of 7 000,00 from 2006-10-01 (no scenario of the pack pins that period)
                Files.writeString(base, Files.readString(base).replace("value: 6732.66", "value: 7000.00"));
                String amount = Files.readString(amounts);
                Files.writeString(amounts, amount.substring(0, amount.indexOf("published:")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("cpas.kb.directory", copy.toString());
        }
    }

    @Test
    void theServiceDecidesWithTheEditedAmountAndSaysWhereItsRulesComeFrom() throws InterruptedException {
        // This profile starts its own application: wait for its rule pack, whatever earlier tests saw.
        for (int i = 0; i < 120 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(500);
        }
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks[0].data.source", startsWith("working copy cpas-kb-working-copy"))
                .body("checks[0].data.source", not(containsString("/")))
                .body("checks[0].data.compilation", equalTo("run-time MVEL"))
                .body("checks[0].data.rulesVersion", not(equalTo(RulesEngine.fromClasspath().rulesVersion())));
        // Category 2 (living alone), no resources, on 2006-12-01: base 7 000,00 x coefficient 1,1487 = 8 040,90 a year;
        // monthly 8 040,90 / 12 = 670,075 → 670,08.
        Api.decide(Dossiers.granted().text("requestDate", "2006-12-01").text("applicant.birthDate", "1970-01-01"))
                .statusCode(200)
                .body("amount.yearly", equalTo(8040.90f))
                .body("amount.monthly", equalTo(670.08f));
    }

    static Path copyOfTheSourceKnowledgeBase() {
        Path source = Path.of("../rules-kb/src/main/resources/cpas-kb").toAbsolutePath().normalize();
        try {
            Path target = Files.createTempDirectory("cpas-kb-working-copy");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
