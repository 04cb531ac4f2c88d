package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Logs never carry personal data from a dossier: every log record (debug included) is captured while
 * dossiers with recognisable values are decided, refused as invalid, and made to fail with a 500.
 */
@QuarkusTest
class NoPersonalDataInLogsTest {

    /** Values that appear in the dossiers below and must appear in no log line. */
    private static final List<String> PERSONAL = List.of(
            "1937-04-23", "1941-11-19", "2019-07-08", "4242.17", "4242,17", "3131.31", "98765.43", "777.77",
            "1937-02-30", "-4242.17", "Jan Janssens", "MARTIAN_X", "secretNote");

    private static final String VALID = Dossiers.granted()
            .text("applicant.birthDate", "1937-04-23")
            .text("applicant.maritalStatus", "LEGAL_COHABITATION")
            .set("household", "[{\"relation\": \"PARTNER\", \"birthDate\": \"1941-11-19\", \"resources\": "
                    + "[{\"type\": \"PENSION\", \"netAmount\": 3131.31, \"periodicity\": \"MONTHLY\", \"startDate\": \"2019-07-08\"}]}]")
            .set("resources", "[{\"type\": \"WAGES\", \"netAmount\": 4242.17, \"periodicity\": \"MONTHLY\"}]")
            .set("capital", "{\"movableCapital\": 98765.43}")
            .set("properties", "[{\"kind\": \"BUILT\", \"cadastralIncome\": 777.77}]")
            .json();

    private static final String INVALID = Dossiers.granted()
            .text("applicant.birthDate", "1937-02-30")
            .text("applicant.stayStatus", "MARTIAN_X")
            .text("secretNote", "Jan Janssens")
            .set("resources", "[{\"type\": \"WAGES\", \"netAmount\": -4242.17, \"periodicity\": \"MONTHLY\"}]")
            .json();

    private final Capture capture = new Capture();
    private Level previousLevel;

    @BeforeEach
    void captureEverything() {
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        Logger ours = Logger.getLogger("be.cpas.rules.api");
        previousLevel = ours.getLevel();
        ours.setLevel(Level.ALL);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("be.cpas.rules.api").setLevel(previousLevel);
    }

    @Test
    void aDecisionIsLoggedWithoutTheDossier() {
        Api.decide(VALID).statusCode(200);
        assertThat(capture.text()).contains("verdict=INCOMPLETE").contains("route=RIS").contains("rulesVersion=").contains("durationMs=");
        assertNoPersonalData();
    }

    @Test
    void anInvalidDossierIsLoggedWithoutItsValues() {
        Api.decide(INVALID).statusCode(400);
        assertThat(capture.text()).contains("Invalid request");
        assertNoPersonalData();
    }

    @Test
    void aFailureIsLoggedWithoutTheDossierNorTheExceptionMessage() {
        QuarkusMock.installMockForType(new DecisionService() {
            @Override
            public io.smallrye.mutiny.Uni<Decision> decide(Dossier dossier, String language, boolean trace) {
                throw new IllegalStateException("failed on " + dossier.applicant().birthDate() + " with "
                        + dossier.resources().get(0).netAmount() + " for Jan Janssens");
            }
        }, DecisionService.class);
        Api.decide(VALID).statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", org.hamcrest.Matchers.equalTo("urn:cpas-rules:problem:internal"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("1937")));
        assertThat(capture.text()).contains("Internal error").contains("IllegalStateException");
        assertNoPersonalData();
    }

    private void assertNoPersonalData() {
        String logs = capture.text();
        for (String value : PERSONAL) {
            assertThat(logs).as("logs must not contain %s", value).doesNotContain(value);
        }
    }

    /** Keeps every record as the console would show it, with its stack trace. */
    private static final class Capture extends Handler {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ')
                    .append(record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : formatter.formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        String text() {
            return String.join("\n", lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
