package be.cpas.rules.api;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;

/**
 * The HTTP event loops default to a third of the cores, rounded up, instead of Quarkus's one per core (at least two).
 * They only read, check and write; the rules run on their own threads, on the cores the loops leave (DecisionService).
 * The loops' work is about 0.37 of the rules' (so about 27 % of the busy cores), and more loops only compete with the
 * decision threads for the same cores: on 2 cores, one loop instead of two took about 11 % off the service's CPU per
 * decision (docs/performance.md, "Round 9"). The setting {@code quarkus.vertx.event-loops-pool-size}
 * (QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE) wins from any other source.
 */
public class EventLoopsConfigSource extends PropertiesConfigSource {

    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";
    /** Below application.properties (250), the environment (300) and system properties (400). */
    private static final int ORDINAL = 200;

    public EventLoopsConfigSource() {
        super(Map.of(EVENT_LOOPS, String.valueOf(eventLoopsFor(Runtime.getRuntime().availableProcessors()))),
                "cpas-rules event loops (a third of the cores)", ORDINAL);
    }

    static int eventLoopsFor(int cores) {
        return (cores + 2) / 3;
    }
}
