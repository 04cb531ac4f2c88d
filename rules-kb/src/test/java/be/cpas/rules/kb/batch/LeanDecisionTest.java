package be.cpas.rules.kb.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Dossier;

/** A lean decision, decided without texts, says what the full decision says. */
class LeanDecisionTest {

    @Test
    void decidedLeanIsTheFullDecisionWithoutItsTexts() {
        DossierGenerator generator = new DossierGenerator(17);
        for (int i = 0; i < 300; i++) {
            Dossier dossier = generator.next();
            assertThat(EngineFixture.ENGINE.decideLean(dossier)).as("dossier %d: %s", i, dossier)
                    .isEqualTo(LeanDecision.of(EngineFixture.ENGINE.decide(dossier, Locale.FRENCH)));
        }
    }
}
