package be.cpas.rules.kb;

import java.time.Duration;

/** The rules did not finish deciding one dossier within the time limit: they loop, or the pack is defective. */
public class DecisionTimeoutException extends KnowledgeBaseException {

    private final Duration limit;

    public DecisionTimeoutException(Duration limit) {
        super("The rules did not decide the dossier within " + limit.toMillis() + " ms: they were halted");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
