package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.batch.JacksonLineReader;
import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;

/**
 * A decision depends on the dossier's facts only: the dossier built in memory and the same dossier read back from
 * its JSON line (as the service, the batch and a replay read it) get equal decisions, amounts to the cent and their
 * scale included. Run in the whole build too, where an impact test once saw one dossier of 1 200 decided
 * differently from its JSON line (docs/performance.md, "One dossier decided differently in the whole build").
 */
class DecisionFromJsonTest {

    private static final LocalDate MID_OCTOBER_2026 = LocalDate.of(2026, 10, 15);

    @Test
    void aDossierReadBackFromItsJsonLineIsDecidedAsTheOneInMemory() throws Exception {
        // The impact test's caseload (seed 12), at its own dates and re-dated as the impact analysis does.
        List<Dossier> generated = new DossierGenerator(12).stream(1_200).toList();
        List<String> lines = JacksonLineReader.lines(generated);
        int compared = 0;
        for (int i = 0; i < generated.size(); i++) {
            Dossier inMemory = generated.get(i);
            Dossier read = JacksonLineReader.READER.read(lines.get(i));
            assertThat(read).as("line %d read back", i + 1).isEqualTo(inMemory);
            for (Dossier[] pair : new Dossier[][] {{inMemory, read},
                    {inMemory.withRequestDate(MID_OCTOBER_2026), read.withRequestDate(MID_OCTOBER_2026)}}) {
                Decision fromMemory = EngineFixture.ENGINE.decide(pair[0], Locale.FRENCH);
                Decision fromJson = EngineFixture.ENGINE.decide(pair[1], Locale.FRENCH);
                assertThat(fromJson).as("line %d: %s", i + 1, lines.get(i)).isEqualTo(fromMemory);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(2_400);
    }
}
