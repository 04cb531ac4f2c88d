package be.cpas.rules.kb.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * What a batch did: lines read, decisions by verdict and by route, and the bad lines with their numbers (the
 * first {@value #KEPT_ERRORS} kept in full, the rest counted, so the summary stays small whatever the input).
 */
public final class BatchSummary {

    public static final int KEPT_ERRORS = 1_000;

    private long lines;
    private long decided;
    private long errorCount;
    private final Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    private final Map<String, Long> byRoute = new TreeMap<>();
    private final List<LineError> errors = new ArrayList<>();

    /** A line that gave no decision, and why. */
    public record LineError(long line, List<String> problems) {
    }

    void decided(Verdict verdict, Route route) {
        lines++;
        decided++;
        byVerdict.merge(verdict, 1L, Long::sum);
        byRoute.merge(route == null ? "NONE" : route.name(), 1L, Long::sum);
    }

    void failed(long line, List<String> problems) {
        lines++;
        errorCount++;
        if (errors.size() < KEPT_ERRORS) {
            errors.add(new LineError(line, problems));
        }
    }

    public long lines() {
        return lines;
    }

    public long decided() {
        return decided;
    }

    public long errorCount() {
        return errorCount;
    }

    public Map<Verdict, Long> byVerdict() {
        return Collections.unmodifiableMap(byVerdict);
    }

    public Map<String, Long> byRoute() {
        return Collections.unmodifiableMap(byRoute);
    }

    /** The first {@value #KEPT_ERRORS} bad lines, in input order. */
    public List<LineError> errors() {
        return Collections.unmodifiableList(errors);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append("lines: ").append(lines).append(", decided: ").append(decided)
                .append(", errors: ").append(errorCount).append('\n')
                .append("by verdict: ").append(byVerdict).append('\n')
                .append("by route: ").append(byRoute).append('\n');
        for (LineError error : errors) {
            text.append("line ").append(error.line()).append(": ").append(String.join("; ", error.problems())).append('\n');
        }
        if (errorCount > errors.size()) {
            text.append("... and ").append(errorCount - errors.size()).append(" more bad lines\n");
        }
        return text.toString();
    }
}
