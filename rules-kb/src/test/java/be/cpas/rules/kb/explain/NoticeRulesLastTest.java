package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.TraceStep;

/**
 * The notice rules (agenda group "notice": deadlines and the mentions of art. 20 and 21) fire after every rule of the
 * law, and nothing of the law fires after them: they read the law's conclusions and no rule of the law reads theirs.
 * That is what lets a lean decision leave them out and still say what the full decision says (LeanDecisionTest).
 */
class NoticeRulesLastTest {

    private static final Set<String> NOTICE_FILES = Set.of("deadlines.drl", "L2002_art21_decision_mentions.drl");

    @Test
    void theNoticeRulesFireAfterTheLawAndNothingOfTheLawAfterThem() {
        long noticeSteps = 0;
        for (var dossier : new DossierGenerator(3).stream(500).toList()) {
            Decision decision = EngineFixture.ENGINE.decide(dossier, Locale.FRENCH, true);
            List<String> files = decision.trace().stream().map(TraceStep::file).toList();
            int firstNotice = files.size();
            for (int i = 0; i < files.size(); i++) {
                if (NOTICE_FILES.contains(files.get(i))) {
                    firstNotice = Math.min(firstNotice, i);
                    noticeSteps++;
                }
            }
            assertThat(files.subList(firstNotice, files.size())).as("the rules fired from the first notice rule on, dossier %s", dossier)
                    .allMatch(NOTICE_FILES::contains);
            assertThat(files.subList(0, firstNotice)).as("the law's rules").isNotEmpty();
        }
        // Every full decision has its deadlines and mentions: about eight notice steps each.
        assertThat(noticeSteps).isGreaterThan(500L * 5);
    }
}
