package be.cpas.rules.api;

import java.util.List;

/** The request cannot be decided as sent: the bad fields found (the first ones) and how many there are. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;
    private final int count;

    public InvalidRequestException(List<Violation> violations) {
        this(violations, violations.size());
    }

    public InvalidRequestException(List<Violation> violations, int count) {
        // No value from the request in the message: it may end up in a log.
        super(count + " invalid field(s)", null, false, false);
        this.violations = List.copyOf(violations);
        this.count = count;
    }

    public List<Violation> violations() {
        return violations;
    }

    public int count() {
        return count;
    }
}
