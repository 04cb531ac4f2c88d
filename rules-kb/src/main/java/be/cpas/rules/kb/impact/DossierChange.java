package be.cpas.rules.kb.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.cpas.rules.kb.batch.LeanDecision;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * What a change does to one dossier of the caseload: its decision before and after, the monthly difference
 * and the conditions whose outcome flipped.
 *
 * @param line        the dossier's line in the caseload (1 for the first)
 * @param requestDate the request date written in the dossier
 * @param difference  after − before, in euros a month; a decision stating no amount counts as 0
 */
public record DossierChange(long line, LocalDate requestDate, Result before, Result after, BigDecimal difference,
        Direction direction, List<FlippedCondition> flippedConditions) {

    /** What one side decided, as far as the impact is concerned. */
    public record Result(Verdict verdict, Route route, Category category, BigDecimal monthlyAmount) {
        static Result of(LeanDecision decision) {
            return new Result(decision.verdict(), decision.route(), decision.category(), decision.monthlyAmount());
        }

        BigDecimal monthlyOrZero() {
            return monthlyAmount == null ? BigDecimal.ZERO : monthlyAmount;
        }
    }

    /** A condition whose outcome differs; null when a side does not decide it at all. */
    public record FlippedCondition(String condition, Outcome before, Outcome after) {
    }

    /**
     * GAIN: the right is granted where it was not, or the amount rises; LOSE: the right is no longer granted, or
     * the amount falls; OTHER: something else changed (route, category, a condition, refused ↔ incomplete) with
     * neither.
     */
    public enum Direction {
        GAIN, LOSE, OTHER
    }

    /** The change between two decisions of the same dossier, or null when nothing the report shows differs. */
    static DossierChange between(long line, LocalDate requestDate, LeanDecision before, LeanDecision after) {
        Result was = Result.of(before);
        Result is = Result.of(after);
        List<FlippedCondition> flipped = flipped(before.conditions(), after.conditions());
        BigDecimal difference = is.monthlyOrZero().subtract(was.monthlyOrZero());
        boolean sameAmount = was.monthlyAmount() == null ? is.monthlyAmount() == null
                : is.monthlyAmount() != null && difference.signum() == 0;
        if (sameAmount && flipped.isEmpty() && was.verdict() == is.verdict() && was.route() == is.route()
                && was.category() == is.category()) {
            return null;
        }
        boolean becomesGranted = is.verdict() == Verdict.GRANTED && was.verdict() != Verdict.GRANTED;
        boolean ceasesGranted = was.verdict() == Verdict.GRANTED && is.verdict() != Verdict.GRANTED;
        Direction direction = becomesGranted || !ceasesGranted && difference.signum() > 0 ? Direction.GAIN
                : ceasesGranted || difference.signum() < 0 ? Direction.LOSE
                : Direction.OTHER;
        return new DossierChange(line, requestDate, was, is, difference, direction, flipped);
    }

    /** Whether the monthly amount differs (a decision with no amount counts as 0). */
    public boolean amountChanged() {
        return difference.signum() != 0;
    }

    private static List<FlippedCondition> flipped(List<LeanDecision.LeanCondition> before, List<LeanDecision.LeanCondition> after) {
        Map<String, Outcome> was = new LinkedHashMap<>();
        before.forEach(c -> was.put(c.condition(), c.outcome()));
        Map<String, Outcome> is = new LinkedHashMap<>();
        after.forEach(c -> is.put(c.condition(), c.outcome()));
        Set<String> all = new LinkedHashSet<>(was.keySet());
        all.addAll(is.keySet());
        return all.stream().filter(c -> was.get(c) != is.get(c)).map(c -> new FlippedCondition(c, was.get(c), is.get(c))).toList();
    }
}
