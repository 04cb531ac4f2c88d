package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.DecisionTimeoutException;
import be.cpas.rules.kb.batch.DossierLineReader;
import be.cpas.rules.kb.parameters.DateOutOfRangeException;

/**
 * A batch line that is valid but not decided is worded as POST /v1/decisions words the same failure, in the caller's
 * language, never with the exception's own (English, internal) text.
 */
class BatchLineWordingTest {

    private final DossierLineReader dutch = DossierReader.standaloneLineReader("nl");

    @Test
    void aRuleLoopHaltedAtItsTimeLimitIsWordedAsTheSingleDecisionsAnswer() {
        assertThat(dutch.undecided(new DecisionTimeoutException(Duration.ofSeconds(2))))
                .isEqualTo("$: De regels hebben dit dossier niet binnen 2000 ms beslist: het incident is gemeld; probeer het later opnieuw.");
    }

    @Test
    void aDateBeforeTheKnownLawNamesTheRequestDate() {
        assertThat(dutch.undecided(new DateOutOfRangeException(LocalDate.of(1990, 1, 1), LocalDate.of(2005, 8, 1))))
                .isEqualTo("requestDate: datum vóór 01/08/2005, de eerste datum waarvoor de wettelijke parameters gekend zijn");
    }

    @Test
    void anyOtherFailureSaysSoWithoutItsInternalText() {
        assertThat(dutch.undecided(new IllegalStateException("fact handle 42 of be.cpas.rules.model.Dossier")))
                .isEqualTo("$: de regels konden dit dossier niet beslissen (interne fout, in het logboek van de dienst opgenomen)");
    }
}
