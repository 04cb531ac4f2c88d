package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;

/**
 * Building the engine logs no warning from Drools: no rule makes Drools fall back to class reactivity or fail to
 * compile a constraint. (slf4j-simple, the tests' logger, writes to the standard error stream.)
 */
class QuietStartTest {

    @Test
    void buildingTheEngineAndDecidingLogNoWarningFromDrools() {
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            RulesEngine engine = RulesEngine.fromClasspath();
            engine.decide(TestDossiers.granted().build());
        } finally {
            System.setErr(original);
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log).as("what Drools logged").contains("org.drools").doesNotContain("WARN").doesNotContain("ERROR");
    }
}
