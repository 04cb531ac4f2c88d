package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.DecisionTimeoutException;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Dossier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A pack that loops, run without its verification (the verifier would refuse it): the decision still ends at
 * the time limit with DecisionTimeoutException (503), is counted, and a thread stuck in Java code is counted as
 * stuck, up to the bound that makes liveness ask for a restart.
 */
class DecisionTimeLimitTest {

    @TempDir
    Path pack;

    @Test
    void rulesThatLoopAreHaltedAtTheLimitAndCounted() throws IOException {
        // Every firing sleeps 1 ms and re-triggers itself: the engine halts the session at 1 s.
        DecisionService service = serviceOn(packWith("""
                package cpas.ris;
                declare LoopCounter
                    count : int
                end
                rule "start" when not LoopCounter() then insert(new LoopCounter(0)); end
                rule "loop" when $c : LoopCounter( count >= 0 ) then
                    try { Thread.sleep(1); } catch (InterruptedException e) { }
                    modify($c) { setCount($c.getCount() + 1) }
                end
                """));
        assertThatThrownBy(() -> service.decide(granted(), "fr", false).await().indefinitely())
                .isInstanceOf(DecisionTimeoutException.class);
        assertThat(service.registry.get("cpas.decision.timeouts").counter().count()).isEqualTo(1.0);
        assertThat(service.stuck()).as("halted, the thread came back").isZero();
    }

    /** Java code that never yields once cpas.test.busy is set: it spins 8 s, then ends by itself. */
    private static final String BUSY_WHEN_SWITCHED_ON = """
            package cpas.ris;
            rule "busy" when eval(Boolean.getBoolean("cpas.test.busy")) then
                long end = System.currentTimeMillis() + 8000; while (System.currentTimeMillis() < end) { }
            end
            """;

    @Test
    void aBusyLoopInJavaIsAbandonedCountedAsStuckAndBounded() throws IOException {
        // Java code that never yields: halting cannot stop it (it spins 8 s here, then ends by itself). It spins
        // only once switched on, so that a first decision warms the engine and starts the decision thread.
        DecisionService service = serviceOn(warm(packWith(BUSY_WHEN_SWITCHED_ON)));
        decidesThenTimesOutOnceBusy(service);
        assertThat(service.stuck()).isEqualTo(1);
        assertThat(service.tooManyStuck()).as("max-stuck is 1 here: liveness DOWN, decisions refused").isTrue();
        assertThatThrownBy(() -> service.decide(granted(), "fr", false).await().indefinitely())
                .isInstanceOf(DecisionTimeoutException.class);
        assertThat(service.registry.get("cpas.decision.timeouts").counter().count()).isEqualTo(2.0);
    }

    @Test
    void aStuckThreadIsReplacedSoThatTheOthersStillDecide() throws IOException {
        // One decision thread, stuck 8 s in Java code: the next dossier is decided by its replacement within the
        // 1 s limit, where it would otherwise wait behind the stuck one and time out.
        DecisionService service = serviceOn(warm(packWith(BUSY_WHEN_SWITCHED_ON)), 1, 2);
        decidesThenTimesOutOnceBusy(service);
        assertThat(service.stuck()).isEqualTo(1);
        assertThat(service.tooManyStuck()).as("max-stuck is 2 here").isFalse();
        assertThat(service.decide(granted(), "fr", false).await().indefinitely().verdict()).isNotNull();
    }

    /** A first dossier decided (the decision thread started), then one that spins in Java code: abandoned at the limit. */
    private static void decidesThenTimesOutOnceBusy(DecisionService service) throws IOException {
        assertThat(service.decide(granted(), "fr", false).await().indefinitely().verdict()).isNotNull();
        System.setProperty("cpas.test.busy", "true");
        try {
            assertThatThrownBy(() -> service.decide(granted(), "fr", false).await().indefinitely())
                    .isInstanceOf(DecisionTimeoutException.class);
        } finally {
            System.clearProperty("cpas.test.busy");
        }
    }

    /** A cold engine's first decision may take over the 1 s limit on a busy machine: warm it with a wide one. */
    private static RulesEngine warm(RulesEngine engine) throws IOException {
        engine.withTimeLimit(Duration.ofSeconds(60)).decide(granted(), Locale.FRENCH);
        return engine;
    }

    private static DecisionService serviceOn(RulesEngine engine) {
        return serviceOn(engine, 2, 1);
    }

    private static DecisionService serviceOn(RulesEngine engine, int threads, int maxStuck) {
        DecisionService service = new DecisionService();
        service.holder = new RulesEngineHolder() {
            @Override
            public Optional<RulesEngine> engine() {
                return Optional.of(engine);
            }
        };
        service.registry = new SimpleMeterRegistry();
        service.timeLimit = Duration.ofSeconds(1);
        service.threads = Optional.of(threads);
        service.maxStuck = maxStuck;
        service.start();
        return service;
    }

    private RulesEngine packWith(String drl) throws IOException {
        for (KbFile file : KbSource.fromClasspath().all()) {
            write(file.path(), file.content());
        }
        write("rules/zz_defect.drl", drl);
        return RulesEngine.from(KbSource.fromDirectory(pack)).withTimeLimit(Duration.ofSeconds(1));
    }

    private void write(String path, String content) {
        try {
            Path file = pack.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dossier granted() throws IOException {
        return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(Dossiers.granted().json(), Dossier.class);
    }
}
