package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.PrebuiltEngines;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Dossier;

/**
 * Building the engine (the executable model the build compiled, as the service loads it) and deciding log no warning
 * from Drools: no rule makes Drools fall back to class reactivity,
 * fail to compile a constraint, or fail to compile ("jit") a constraint to bytecode. Drools jits an MVEL constraint
 * on its worker threads once it has been evaluated 20 times (drools.jittingThreshold), and logs a WARN when it cannot:
 * each dossier is decided more often than that, and the log is read once the workers are idle. (slf4j-simple, the
 * tests' logger, writes to the standard error stream.)
 */
class QuietStartTest {

    private static final int DECISIONS_PAST_THE_JITTING_THRESHOLD = 25;

    @Test
    void buildingTheEngineAndDecidingLogNoWarningFromDrools() throws InterruptedException {
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            RulesEngine engine = PrebuiltEngines.loadedNow();  // not the engine other tests of this JVM already loaded
            assertThat(engine.compilation()).as("the model the service uses").isEqualTo(RulesEngine.Compilation.BUILD_TIME_EXECUTABLE_MODEL);
            // A full-time student with a PIIS, young enough: reaches the art. 35, §2 constraints on the PIIS's end.
            Dossier studentWithPiisEnd = TestDossiers.granted().set("applicant.birthDate", "2004-05-14")
                    .setYaml("applicant.studies", "{fullTime: true, piisSigned: true, piisEnd: 2026-06-30, studyGrant: false}")
                    .setYaml("resources", "[{type: STUDENT_JOB_INCOME, netAmount: 300, periodicity: MONTHLY}]").build();
            Dossier studentWithoutPiisEnd = TestDossiers.granted().set("applicant.birthDate", "2004-05-14")
                    .setYaml("applicant.studies", "{fullTime: true, piisSigned: true, studyGrant: false}").build();
            for (int i = 0; i < DECISIONS_PAST_THE_JITTING_THRESHOLD; i++) {
                engine.decide(TestDossiers.granted().build());
                engine.decide(studentWithPiisEnd);
                engine.decide(studentWithoutPiisEnd);
            }
            awaitIdleJittingWorkers();
        } finally {
            System.setErr(original);
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        // The engine's own lines show that the log was captured; the prebuilt model makes Drools itself silent.
        assertThat(log).as("what was logged").contains(RulesEngine.class.getName()).doesNotContain("WARN").doesNotContain("ERROR");
    }

    /** Waits until no Drools worker thread is running (the jitting they were handed is over), at most 60 s. */
    private static void awaitIdleJittingWorkers() throws InterruptedException {
        for (int waited = 0; waited < 600 && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("drools-worker") && t.getState() == Thread.State.RUNNABLE); waited++) {
            Thread.sleep(100);
        }
    }
}
