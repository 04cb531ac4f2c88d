package be.cpas.rules.kb.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import be.cpas.rules.kb.batch.BatchSummary.LineError;

/** Adds up an impact run, line by line in input order; memory bounded whatever the input. */
final class ImpactCounter {

    static final int KEPT_ERRORS = 1_000;

    private long lines;
    private long compared;
    private long errorCount;
    private final List<LineError> errors = new ArrayList<>();
    private long changed;
    private long gain;
    private long lose;
    private long amountChanged;
    private BigDecimal monthlyBefore = BigDecimal.ZERO;
    private BigDecimal monthlyAfter = BigDecimal.ZERO;
    private final Map<String, Long> verdictChanges = new TreeMap<>();
    private final DifferenceDistribution differences = new DifferenceDistribution();

    void compared(DossierChange.Result before, DossierChange.Result after, DossierChange change) {
        lines++;
        compared++;
        monthlyBefore = monthlyBefore.add(before.monthlyOrZero());
        monthlyAfter = monthlyAfter.add(after.monthlyOrZero());
        if (change == null) {
            return;
        }
        changed++;
        switch (change.direction()) {
            case GAIN -> gain++;
            case LOSE -> lose++;
            case OTHER -> { }
        }
        if (change.amountChanged()) {
            amountChanged++;
            differences.add(change.difference());
        }
        if (before.verdict() != after.verdict()) {
            verdictChanges.merge(before.verdict() + " -> " + after.verdict(), 1L, Long::sum);
        }
    }

    void failed(long line, List<String> problems) {
        lines++;
        errorCount++;
        if (errors.size() < KEPT_ERRORS) {
            errors.add(new LineError(line, problems));
        }
    }

    long lines() {
        return lines;
    }

    ImpactTotals totals() {
        return new ImpactTotals(lines, compared, errorCount, List.copyOf(errors), compared - changed, changed, gain, lose,
                changed - gain - lose, amountChanged, monthlyBefore, monthlyAfter, monthlyAfter.subtract(monthlyBefore),
                Collections.unmodifiableMap(new TreeMap<>(verdictChanges)), differences.summary());
    }
}
