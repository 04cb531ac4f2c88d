package be.cpas.rules.kb;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.kie.api.runtime.KieSession;

/**
 * Runs a session's rules with a deadline: at the deadline the session is halted (the rule being fired finishes,
 * no further rule fires) and {@link DecisionTimeoutException} is thrown. A consequence that never returns cannot
 * be halted from here; the caller must stop waiting for it (rules-api does, see DecisionService).
 */
final class DecisionTimeLimit {

    /**
     * A warm engine decides a dossier in about a millisecond, a cold one on a busy machine may take seconds: ten
     * seconds means the rules loop. The service sets its own limit (cpas.decision.time-limit) once warm.
     */
    static final Duration DEFAULT = Duration.ofSeconds(10);

    private static final ScheduledThreadPoolExecutor HALTER = halter();

    /**
     * One thread; a deadline cancelled when its dossier is decided leaves the queue at once, or the thousands of
     * dossiers decided within one time limit would each leave a cancelled deadline behind to be sorted past.
     */
    private static ScheduledThreadPoolExecutor halter() {
        ScheduledThreadPoolExecutor halter = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "rules-deadline");
            thread.setDaemon(true);
            return thread;
        });
        halter.setRemoveOnCancelPolicy(true);
        return halter;
    }

    private DecisionTimeLimit() {
    }

    static int fireAllRules(KieSession session, int maxFirings, Duration limit) {
        Firing firing = new Firing(session);
        ScheduledFuture<?> deadline = HALTER.schedule(firing::halt, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return checked(firing, session.fireAllRules(maxFirings), limit);
        } finally {
            deadline.cancel(false);
            firing.end();
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
        private boolean firing = true;
        private boolean halted;

        Firing(KieSession session) {
            this.session = session;
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
