package be.cpas.rules.api;

import java.util.List;

/** The request cannot be decided as sent: every bad field found, for a 400 problem. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        // No value from the request in the message: it may end up in a log.
        super(violations.size() + " invalid field(s)", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
