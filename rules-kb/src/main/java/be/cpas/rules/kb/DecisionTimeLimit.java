package be.cpas.rules.kb;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.kie.api.runtime.KieSession;

/**
 * Runs a session's rules with a deadline: once past the deadline the session is halted (the rule being fired
 * finishes, no further rule fires) and {@link DecisionTimeoutException} is thrown. A consequence that never returns
 * cannot be halted from here; the caller must stop waiting for it (rules-api does, see DecisionService).
 *
 * <p>One watchdog looks at the sessions firing every {@link #WATCH_EVERY}: a session is halted at most that long
 * after its deadline. Deciding a dossier then costs two set operations, where a deadline scheduled per dossier woke
 * the timer thread on every dossier or, cancelled, stayed queued for the whole time limit.
 */
final class DecisionTimeLimit {

    /**
     * A warm engine decides a dossier in about a millisecond, a cold one on a busy machine may take seconds: ten
     * seconds means the rules loop. The service sets its own limit (cpas.decision.time-limit) once warm.
     */
    static final Duration DEFAULT = Duration.ofSeconds(10);

    /** How late past its deadline a session may be halted: small against the limits used (seconds). */
    static final Duration WATCH_EVERY = Duration.ofMillis(20);

    private static final Set<Firing> FIRING = ConcurrentHashMap.newKeySet();

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rules-deadline");
        thread.setDaemon(true);
        return thread;
    });

    static {
        WATCHDOG.scheduleWithFixedDelay(DecisionTimeLimit::haltThoseLate, WATCH_EVERY.toNanos(), WATCH_EVERY.toNanos(), TimeUnit.NANOSECONDS);
    }

    private DecisionTimeLimit() {
    }

    /** Fires the session's rules, then those of each agenda group given, in turn, all within one deadline. */
    static int fireAllRules(KieSession session, int maxFirings, Duration limit, List<String> thenAgendaGroups) {
        Firing firing = new Firing(session, System.nanoTime() + limit.toNanos());
        FIRING.add(firing);
        try {
            int fired = session.fireAllRules(maxFirings);
            for (String group : thenAgendaGroups) {
                if (firing.halted() || fired >= maxFirings) {
                    break;
                }
                session.getAgenda().getAgendaGroup(group).setFocus();
                fired += session.fireAllRules(maxFirings - fired);
            }
            return checked(firing, fired, limit);
        } finally {
            FIRING.remove(firing);
            firing.end();
        }
    }

    private static void haltThoseLate() {
        long now = System.nanoTime();
        for (Firing firing : FIRING) {
            if (now - firing.deadline >= 0) {
                try {
                    firing.halt();
                } catch (RuntimeException e) {
                    // A periodic task that throws never runs again: one session must not end the others' deadlines.
                    // The decision is marked halted before the session is told, so it still ends with a timeout.
                }
            }
        }
    }

    private static int checked(Firing firing, int fired, Duration limit) {
        if (firing.halted()) {
            throw new DecisionTimeoutException(limit);
        }
        return fired;
    }

    /** Halts the session only while its rules fire: a pooled session must not carry a halt to the next dossier. */
    private static final class Firing {
        private final KieSession session;
        private final long deadline;
        private boolean firing = true;
        private boolean halted;

        Firing(KieSession session, long deadline) {
            this.session = session;
            this.deadline = deadline;
        }

        synchronized void halt() {
            if (firing) {
                halted = true;
                session.halt();
            }
        }

        synchronized void end() {
            firing = false;
        }

        synchronized boolean halted() {
            return halted;
        }
    }
}
