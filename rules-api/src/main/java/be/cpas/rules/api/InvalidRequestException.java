package be.cpas.rules.api;

import java.util.List;

/** The request cannot be decided as sent: the bad fields found (the first ones) and how many there are. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;
    private final int count;
    private final boolean more;

    public InvalidRequestException(List<Violation> violations) {
        this(violations, violations.size(), false);
    }

    /** {@code more}: the checks stopped once the answer was full, so {@code count} is a lower bound. */
    public InvalidRequestException(List<Violation> violations, int count, boolean more) {
        // No value from the request in the message: it may end up in a log.
        super(count + " invalid field(s)", null, false, false);
        this.violations = List.copyOf(violations);
        this.count = count;
        this.more = more;
    }

    public List<Violation> violations() {
        return violations;
    }

    public int count() {
        return count;
    }

    public boolean more() {
        return more;
    }
}
