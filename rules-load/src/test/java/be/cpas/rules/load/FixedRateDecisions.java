package be.cpas.rules.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Decisions posted at a fixed arrival rate (an open model: a new request every 1/rate s whatever the latency, so a
 * slow service shows up as latency, not as a lower rate), first a warm-up at the same rate, then the measured run.
 * Dossiers come from a JSON Lines file (e.g. {@code cpas generate}), taken in turn.
 * <p>
 * Settings (system properties): {@code cpas.url} (http://127.0.0.1:8089), {@code cpas.dossiers} (JSON Lines file),
 * {@code cpas.rate} (requests per second, 2000), {@code cpas.warmup} and {@code cpas.seconds} (s, 30 and 60),
 * {@code cpas.p99} (ms, 10): the run fails when the measured p99 is above it or any request fails.
 */
public class FixedRateDecisions extends Simulation {

    private static final String URL = System.getProperty("cpas.url", "http://127.0.0.1:8089");
    private static final int RATE = Integer.getInteger("cpas.rate", 2000);
    private static final int WARMUP_SECONDS = Integer.getInteger("cpas.warmup", 30);
    private static final int SECONDS = Integer.getInteger("cpas.seconds", 60);
    private static final int P99_MILLIS = Integer.getInteger("cpas.p99", 10);

    private static final List<String> DOSSIERS = readDossiers(Path.of(System.getProperty("cpas.dossiers", "../scripts/load-dossier.json")));

    private static List<String> readDossiers(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            List<String> dossiers = lines.filter(line -> !line.isBlank()).toList();
            if (dossiers.isEmpty()) {
                throw new IllegalStateException("No dossier in " + file);
            }
            return dossiers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every dossier in turn, forever. */
    private static Iterator<Map<String, Object>> dossiersInTurn() {
        AtomicLong next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of("dossier",
                DOSSIERS.get((int) (next.getAndIncrement() % DOSSIERS.size())))).iterator();
    }

    private final HttpProtocolBuilder service = http.baseUrl(URL)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    private ScenarioBuilder decisions(String name) {
        return scenario(name).feed(dossiersInTurn()).exec(http(name).post("/v1/decisions")
                .body(StringBody("#{dossier}")).check(status().is(200)));
    }

    {
        setUp(
                decisions("warm-up").injectOpen(constantUsersPerSec(RATE).during(WARMUP_SECONDS)),
                decisions("measured").injectOpen(nothingFor(WARMUP_SECONDS + 2), constantUsersPerSec(RATE).during(SECONDS)))
                .protocols(service)
                .assertions(
                        global().failedRequests().count().is(0L),
                        io.gatling.javaapi.core.CoreDsl.details("measured").responseTime().percentile(99.0).lt(P99_MILLIS));
    }
}
