package be.cpas.rules.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bad fields of one request, collected at a cost linear in the body: each is counted, the first
 * {@link #SHOWN} are kept (the answer shows no more), and the fields whose value could not be read are kept
 * in a set, so that asking "is this field inside one that could not be read?" costs one lookup per level.
 */
final class Violations {

    /** A body with thousands of bad fields gets the first ones; the detail gives the count. */
    static final int SHOWN = 100;

    private final List<Violation> kept = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();
    private int count;
    private boolean more;
    private long lookups;
    private long offered;

    void add(Violation violation) {
        count++;
        if (kept.size() < SHOWN) {
            kept.add(violation);
        }
    }

    /** Whether the answer shows no more: checks that build violations one by one can stop here. */
    boolean isFull() {
        return kept.size() >= SHOWN;
    }

    /**
     * A violation found by validating the bound dossier, dropped when it is inside a field that could not be read
     * (that field is absent now: don't also call it missing). Returns whether more are wanted ({@link #isFull()}).
     */
    boolean offer(Violation violation) {
        offered++;
        if (!isInsideUnreadable(violation.field())) {
            add(violation);
        }
        return !isFull();
    }

    /** The checks stopped once the answer was full: there may be more bad fields than {@link #count()}. */
    void stoppedEarly() {
        more = true;
    }

    boolean more() {
        return more;
    }

    /** How many violations the validation of the bound dossier built: bounded by the cap, not by the body. */
    long offered() {
        return offered;
    }

    /** A field whose value could not be read: it is absent from the dossier now. */
    void addUnreadable(Violation violation) {
        add(violation);
        unreadable.add(violation.field());
    }

    /** Whether the field, or a field it is part of, could not be read ("household[2].birthDate" is in "household[2]"). */
    boolean isInsideUnreadable(String field) {
        for (int end = field.length(); end > 0; end = Math.max(field.lastIndexOf('.', end - 1), field.lastIndexOf('[', end - 1))) {
            lookups++;
            if (unreadable.contains(field.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    List<Violation> kept() {
        return kept;
    }

    /** How many set lookups {@link #isInsideUnreadable} made: linear in the request, never its square. */
    long lookups() {
        return lookups;
    }
}
