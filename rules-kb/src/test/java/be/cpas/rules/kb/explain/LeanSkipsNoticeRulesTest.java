package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.kb.source.KbSource;

/**
 * A rule in agenda group "notice" fires for a full decision and not for a lean one, in a working copy as in the
 * bundled pack: a probe rule in that group counts its firings.
 */
public class LeanSkipsNoticeRulesTest {

    /** Incremented by the probe rule's consequence. */
    public static final AtomicInteger PROBE_FIRINGS = new AtomicInteger();

    private static final String PROBE_DRL = """
            package cpas.ris;

            import be.cpas.rules.model.*;

            rule "Probe: a notice rule"
                ruleflow-group "notice"
            when
                Dossier()
            then
                be.cpas.rules.kb.explain.LeanSkipsNoticeRulesTest.PROBE_FIRINGS.incrementAndGet();
            end
            """;

    @TempDir
    Path folder;

    @Test
    void aLeanDecisionLeavesTheNoticeRulesOut() throws Exception {
        Path copy = WorkingCopy.of(folder);
        Files.writeString(copy.resolve("rules/probe_notice.drl"), PROBE_DRL);
        RulesEngine engine = RulesEngine.from(KbSource.fromDirectory(copy));
        int before = PROBE_FIRINGS.get();

        engine.decideLean(TestDossiers.granted().build());
        assertThat(PROBE_FIRINGS.get()).isEqualTo(before);

        engine.decide(TestDossiers.granted().build(), Locale.FRENCH);
        assertThat(PROBE_FIRINGS.get()).isEqualTo(before + 1);
    }
}
