package be.cpas.rules.api;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The HTTP event loops default to a third of the cores, rounded up, instead of Quarkus's one per core (at least two).
 * They only read, check and write; the rules run on their own threads, one per core. The loops' work is about 0.37 of
 * the rules' (so about 27 % of the busy cores), and more loops only compete with the decision threads for the same
 * cores: on 2 cores, one loop instead of two took about 11 % off the service's CPU per decision (docs/performance.md,
 * "Round 9"). The setting {@code quarkus.vertx.event-loops-pool-size} (QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE) wins from
 * any other source.
 */
public class EventLoopsConfigSource implements ConfigSource {

    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";
    /** Below application.properties (250), the environment (300) and system properties (400). */
    static final int ORDINAL = 200;

    private final String eventLoops = String.valueOf(eventLoopsFor(Runtime.getRuntime().availableProcessors()));

    static int eventLoopsFor(int cores) {
        return (cores + 2) / 3;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(EVENT_LOOPS, eventLoops);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EVENT_LOOPS);
    }

    @Override
    public String getValue(String propertyName) {
        return EVENT_LOOPS.equals(propertyName) ? eventLoops : null;
    }

    @Override
    public String getName() {
        return "cpas-rules event loops (a third of the cores)";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
