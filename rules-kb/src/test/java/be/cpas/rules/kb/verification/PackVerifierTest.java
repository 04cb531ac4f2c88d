package be.cpas.rules.kb.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier.Verdict;

/**
 * Each way a pack was found to compile but decide wrongly, rebuilt from a copy of the shipped pack with one
 * defect: the verifier refuses it and names the file (and line) at fault.
 */
class PackVerifierTest {

    /** Where the age rule reads {@code age.majority}: the file and line a refusal must name. */
    private static final String AGE_RULE_READING_MAJORITY = "rules/L2002_art03_2_age.drl:" + lineReading("age.majority");

    private static int lineReading(String parameter) {
        try (var in = PackVerifierTest.class.getResourceAsStream("/cpas-kb/rules/L2002_art03_2_age.drl")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("parameters.named(\"" + parameter + "\")")) {
                    return i + 1;
                }
            }
            throw new AssertionError(parameter + " is not read by the age rule");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Duration LIMIT = Duration.ofSeconds(2);
    /** A rule whose consequence modifies the fact that triggers it, forever: 100 000 firings, then refused. */
    private static final String LOOPING_RULE = """
            package cpas.ris;
            declare LoopCounter
                count : int
            end
            rule "start the counter" when not LoopCounter() then insert(new LoopCounter(0)); end
            rule "count forever" when $c : LoopCounter( count >= 0 ) then modify($c) { setCount($c.getCount() + 1) } end
            """;

    @TempDir
    Path copy;

    @Test
    void the_shipped_pack_proves_itself_when_compiled_at_run_time() {
        KbSource shipped = KbSource.fromClasspath();
        Verdict verdict = PackVerifier.check(shipped, RulesEngine.from(shipped, DrlProject.class), LIMIT);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.accepted()).isTrue();
    }

    @Test
    void the_shipped_pack_is_accepted_on_the_model_the_build_verified() {
        Verdict verdict = PackVerifier.verify(KbSource.fromDirectory(copy), LIMIT);
        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.engine().compilation()).isEqualTo(RulesEngine.Compilation.BUILD_TIME_EXECUTABLE_MODEL);
    }

    @Test
    void a_changed_scenario_of_the_shipped_pack_is_run_again_and_refused() {
        String scenario = "scenarios/amount_2005-08-01_category_1.yaml";
        edit(scenario, text -> text.replace("verdict: GRANTED", "verdict: REFUSED"));
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.engine().compilation()).isEqualTo(RulesEngine.Compilation.RUN_TIME_MVEL);
        assertThat(verdict.problems()).extracting(PackVerifier.Problem::where).allMatch(where -> where.startsWith(scenario));
    }

    @Test
    void a_rule_that_loops_is_refused() {
        write("rules/zz_loop.drl", LOOPING_RULE);
        Verdict verdict = verify(Duration.ofMillis(500));
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> {
            assertThat(p.where()).startsWith("scenarios/");
            assertThat(p.reason()).containsAnyOf("they loop", "halted");
        });
    }

    @Test
    void a_consequence_that_loops_slowly_is_halted_at_the_time_limit() {
        // Each firing sleeps 1 ms: 100 000 firings would take minutes; the deadline halts the session at 300 ms.
        write("rules/zz_loop.drl", LOOPING_RULE.replace("modify($c)", "try { Thread.sleep(1); } catch (InterruptedException e) { } modify($c)"));
        Verdict verdict = verify(Duration.ofMillis(300));
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p.reason()).contains("within 300 ms").contains("halted"));
    }

    @Test
    void a_busy_loop_in_java_is_abandoned_at_the_time_limit() {
        // Java code that never yields cannot be halted: the verifier stops waiting for it (it spins 6 s, then ends).
        write("rules/zz_busy.drl", """
                package cpas.ris;
                rule "busy" when then long end = System.currentTimeMillis() + 6000; while (System.currentTimeMillis() < end) { } end
                """);
        Verdict verdict = verify(Duration.ofMillis(500));
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p.reason()).contains("a consequence loops"));
    }

    @Test
    void a_misspelt_parameter_name_is_refused_with_its_file_and_line() {
        edit("rules/L2002_art03_2_age.drl", text -> text.replace("named(\"age.majority\")", "named(\"age.majorty\")"));
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo(AGE_RULE_READING_MAJORITY);
            assertThat(p.reason()).contains("'age.majorty'").contains("parameters/age/majorty.yaml");
        });
    }

    @Test
    void a_parameter_read_as_a_fact_in_a_pack_that_declares_the_global_is_refused_with_its_file_and_line() {
        // Such a pattern would never match: the session is given the parameters through the global only.
        edit("rules/L2002_art03_2_age.drl", text -> text.replace("ParameterValue( $majority : value ) from parameters.named(\"age.majority\")",
                "ParameterValue( name == \"age.majority\", $majority : value )"));
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo(AGE_RULE_READING_MAJORITY);
            assertThat(p.reason()).contains("'age.majority' as a fact").contains("from parameters.named(\"age.majority\")");
        });
    }

    @Test
    void a_message_key_missing_in_one_language_is_refused() {
        edit("messages/messages_nl.properties", text -> text.replaceFirst("(?m)^reason\\.AGE_ADULT=.*\n", ""));
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).containsExactly(new PackVerifier.Problem("messages/messages_nl.properties",
                "no text for the key 'reason.AGE_ADULT', which another language has"));
    }

    @Test
    void a_message_key_missing_in_every_language_is_refused_when_a_scenario_shows_it() {
        for (String language : PackVerifier.LANGUAGES) {
            edit("messages/messages_" + language + ".properties", text -> text.replaceFirst("(?m)^reason\\.AGE_ADULT=.*\n", ""));
        }
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p.reason()).contains("shows [reason.AGE_ADULT] instead of a text"));
    }

    @Test
    void a_deleted_required_parameter_file_is_refused() {
        delete("parameters/ris/amount/category_2.yaml");
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        // The category 2 amount is read under a composed name: the scenarios that pin it show it is gone.
        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p.where()).startsWith("scenarios/amount_2008-09-01_category_2.yaml"));
    }

    @Test
    void a_deleted_parameter_file_read_by_name_is_refused_with_the_rule_that_reads_it() {
        delete("parameters/age/majority.yaml");
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p.where()).isEqualTo(AGE_RULE_READING_MAJORITY));
    }

    @Test
    void a_removed_latest_indexation_row_is_refused() {
        // The amounts published for the 2026-03-01 step (e.g. category 2: 9 058,25 x 1,7758 = 16 085,64) no longer
        // have a coefficient step to come from: the pack is refused at loading, naming the date.
        edit("parameters/index/social_benefit_coefficient.yaml", text -> text.substring(0, text.indexOf("  - from: 2026-03-01")));
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).anySatisfy(p -> assertThat(p.reason()).contains("parameters/").contains("2026-03-01"));
    }

    @Test
    void rules_that_do_not_compile_are_refused_with_file_and_line() {
        edit("rules/L2002_art03_2_age.drl", text -> text.replace("ParameterValue( $majority", "ParameterValue( nome == 1, $majority"));
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).allSatisfy(p -> assertThat(p.where()).startsWith("rules/L2002_art03_2_age.drl:"));
    }

    @Test
    void a_pack_without_scenarios_is_refused() {
        ScenarioRunner.files(KbSource.fromClasspath()).forEach(f -> delete(f.path()));
        Verdict verdict = verify(LIMIT);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problems()).extracting(PackVerifier.Problem::where).containsExactly("scenarios/");
    }

    private Verdict verify(Duration limit) {
        return PackVerifier.verify(KbSource.fromDirectory(copy), limit);
    }

    private void write(String path, String content) {
        try {
            Path file = copy.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void edit(String path, UnaryOperator<String> change) {
        try {
            write(path, change.apply(Files.readString(copy.resolve(path))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String path) {
        try {
            Files.delete(copy.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void copyTheShippedPack() {
        for (KbFile file : KbSource.fromClasspath().all()) {
            write(file.path(), file.content());
        }
    }
}
