package be.cpas.rules.kb.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.EngineBuild;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;

/** Rule packs go live safely: refused when broken, swapped in one step, rolled back, replayed byte for byte. */
class RulePacksTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String COEFFICIENT = "parameters/index/social_benefit_coefficient.yaml";
    /** An isolated person (category 2) living alone with no resources, asking in 2027. */
    private static final Dossier IN_2027 = TestDossiers.granted().set("requestDate", "2027-02-01").build();

    private static KbSource shipped;
    /**
     * The shipped pack plus an index step on 2027-01-01 (the coefficient becomes 1.02^30 = 1.8114), with the
     * scenario that warned of stale amounts after the last step updated as the analyst would.
     */
    private static KbSource indexed2027;

    @TempDir
    Path directory;

    @BeforeAll
    static void readPacks() {
        shipped = KbSource.fromClasspath();
        indexed2027 = shipped.withEdit(COEFFICIENT, content -> content + """
                  - from: 2027-01-01
                    value: 1.8114
                    status: D
                    source: "1.02^30 rounded to 4 decimals: a test's index step"
                """);
        indexed2027 = indexed2027.withEdit("scenarios/stale_amounts_after_2026_03_01.yaml",
                content -> content.replace("  - AMOUNTS_MAY_BE_STALE\n", ""));
    }

    private RulePacks packs() {
        return new RulePacks(new PackStore(directory), LIMIT, LIMIT, 2);
    }

    @Test
    void a_pack_with_a_syntax_error_is_refused_with_file_and_line_and_the_old_pack_keeps_answering() {
        RulePacks packs = packs();
        RulesEngine before = packs.start(shipped, "shipped");
        KbSource broken = shipped.withEdit("rules/L2002_art03_2_age.drl", content -> content.replaceFirst("\\bthen\\b", "then )("));

        RulePacks.Validation validation = packs.upload(KbSource.of("upload", PackArchive.read(PackArchive.write(broken), "upload").all()), "broken");

        assertThat(validation.accepted()).isFalse();
        assertThat(validation.problems()).anySatisfy(p -> assertThat(p.where()).matches("rules/L2002_art03_2_age\\.drl:\\d+"));
        assertThat(packs.store().find(validation.contentHash())).isEmpty();  // never stored, so never activated
        assertThatThrownBy(() -> packs.activate(validation.contentHash())).isInstanceOf(RulePacks.UnknownPackException.class);
        assertThat(packs.active()).containsSame(before);
        assertThat(packs.active().orElseThrow().decide(IN_2027).rulesVersion()).isEqualTo(before.rulesVersion());
    }

    @Test
    void a_pack_that_changes_an_amount_is_activated_then_rolled_back() {
        RulePacks packs = packs();
        RulesEngine shippedEngine = packs.start(shipped, "shipped");
        // 9 058.25 (category 2 base from 2023-07-01) x 1.7758 = 16 085.64035 -> 16 085.64 a year; / 12 = 1 340.47
        assertThat(shippedEngine.decide(IN_2027).amount().monthly()).isEqualByComparingTo("1340.47");

        RulePacks.Validation upload = packs.upload(indexed2027, "index step 2027");
        assertThat(upload.problems()).isEmpty();
        packs.activate(upload.rulesVersion());

        Decision after = packs.active().orElseThrow().decide(IN_2027);
        assertThat(after.rulesVersion()).isEqualTo(upload.rulesVersion()).isNotEqualTo(shippedEngine.rulesVersion());
        // 9 058.25 x 1.8114 = 16 408.11405 -> 16 408.11 a year; / 12 = 1 367.3425 -> 1 367.34
        assertThat(after.amount().monthly()).isEqualByComparingTo(new BigDecimal("1367.34"));

        assertThat(packs.rollback()).isPresent();
        Decision rolledBack = packs.active().orElseThrow().decide(IN_2027);
        assertThat(rolledBack.rulesVersion()).isEqualTo(shippedEngine.rulesVersion());
        assertThat(rolledBack.amount().monthly()).isEqualByComparingTo("1340.47");
        assertThat(packs.store().active()).contains(shipped.contentHash());
        assertThat(packs.rollback()).isEmpty();  // nothing before the first pack
    }

    @Test
    void a_decision_is_replayed_byte_for_byte_after_a_later_activation_and_after_a_restart() throws Exception {
        RulePacks packs = packs();
        packs.start(shipped, "shipped");
        Decision original = packs.active().orElseThrow().decide(IN_2027, Locale.forLanguageTag("nl"));
        String originalJson = JSON.writeValueAsString(original);

        packs.activate(packs.upload(indexed2027, "index step 2027").contentHash());
        assertThat(JSON.writeValueAsString(packs.active().orElseThrow().decide(IN_2027, Locale.forLanguageTag("nl")))).isNotEqualTo(originalJson);
        String replayed = JSON.writeValueAsString(packs.engineFor(original.rulesVersion()).decide(IN_2027, Locale.forLanguageTag("nl")));
        assertThat(replayed).isEqualTo(originalJson);

        RulePacks restarted = packs();  // a new process over the same directory
        RulesEngine active = restarted.start(shipped, "shipped");
        assertThat(active.rulesVersion()).isEqualTo(indexed2027RulesVersion());  // comes back on the active pack
        String afterRestart = JSON.writeValueAsString(restarted.engineFor(original.rulesVersion()).decide(IN_2027, Locale.forLanguageTag("nl")));
        assertThat(afterRestart).isEqualTo(originalJson);
    }

    private static String indexed2027RulesVersion() {
        return EngineBuild.versionOf(indexed2027.contentHash());
    }

    @Test
    void a_hundred_activations_under_concurrent_decisions_drop_no_request() throws Exception {
        RulePacks packs = packs();
        String first = packs.start(shipped, "shipped").rulesVersion();
        String second = packs.upload(indexed2027, "index step 2027").rulesVersion();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger decided = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> versionsSeen = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    try {
                        Decision decision = packs.active().orElseThrow().decide(IN_2027);
                        if (decided.incrementAndGet() % 50 == 0) {
                            versionsSeen.add(decision.rulesVersion());
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (int i = 0; i < 100; i++) {
            packs.activate(i % 2 == 0 ? second : first);
            Thread.sleep(5);
        }
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        assertThat(failures).isEmpty();
        assertThat(decided.get()).isGreaterThan(100);
        assertThat(versionsSeen).isSubsetOf(first, second);
        assertThat(packs.active().orElseThrow().rulesVersion()).isEqualTo(first);  // the 100th activation
        assertThat(packs.store().activations()).hasSize(101);
    }
}
