package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;

/**
 * The engine reuses its sessions, reset after each decision by {@link SegmentListReset} instead of Drools' own
 * gathering of the segments. A reset that left anything of the previous dossier behind, or linked the rules in another
 * order, would change a decision or its trace (the rules fired, in order) depending on what was decided before.
 */
class SessionResetTest {

    private final List<Dossier> dossiers = new DossierGenerator(11).stream(1_000).toList();

    @Test
    void aDossierIsDecidedAsOnASessionThatNeverDecidedOne() {
        for (Dossier probe : dossiers.subList(0, 2)) {
            // A newly loaded engine's first decision runs on a session just created, never reset.
            Decision onNewSession = PrebuiltEngines.loadedNow().decide(probe, Locale.FRENCH, true);
            dossiers.forEach(EngineFixture.ENGINE::decideLean);
            Decision afterAThousand = EngineFixture.ENGINE.decide(probe, Locale.FRENCH, true);
            assertThat(afterAThousand).isEqualTo(onNewSession);
            assertThat(afterAThousand.trace()).isNotEmpty();
        }
    }

    @Test
    void aDecisionDoesNotDependOnTheDossierDecidedBefore() {
        List<Decision> forward = new ArrayList<>();
        dossiers.forEach(d -> forward.add(EngineFixture.ENGINE.decide(d, Locale.FRENCH, true)));
        for (int i = dossiers.size() - 1; i >= 0; i--) {
            assertThat(EngineFixture.ENGINE.decide(dossiers.get(i), Locale.FRENCH, true)).as("dossier %d", i)
                    .isEqualTo(forward.get(i));
        }
    }
}
