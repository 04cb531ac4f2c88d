package be.cpas.rules.kb.impact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import be.cpas.rules.kb.batch.BatchSummary.LineError;

/**
 * The totals of an impact run.
 *
 * @param lines                    lines read from the caseload
 * @param compared                 dossiers decided on both sides
 * @param errorCount               lines that gave no comparison (not a dossier, or not decidable on a side)
 * @param errors                   the first {@value ImpactCounter#KEPT_ERRORS} of them, with their line numbers
 * @param unchanged                compared dossiers whose verdict, route, category, amount and conditions are the same
 * @param changed                  compared dossiers where any of those differs
 * @param gain                     changed dossiers granted where they were not, or whose amount rises
 * @param lose                     changed dossiers no longer granted, or whose amount falls
 * @param other                    changed dossiers with neither (route, category, a condition, refused ↔ incomplete)
 * @param amountChanged            dossiers whose monthly amount differs
 * @param monthlyBefore            the sum of the monthly amounts before, over the compared dossiers
 * @param monthlyAfter             the same after
 * @param sumOfMonthlyDifferences  monthlyAfter − monthlyBefore
 * @param verdictChanges           how many dossiers went from one verdict to another ("REFUSED -> GRANTED")
 * @param differences              the distribution of the non-zero monthly differences
 */
public record ImpactTotals(long lines, long compared, long errorCount, List<LineError> errors, long unchanged, long changed,
        long gain, long lose, long other, long amountChanged, BigDecimal monthlyBefore, BigDecimal monthlyAfter,
        BigDecimal sumOfMonthlyDifferences, Map<String, Long> verdictChanges, DifferenceDistribution.Summary differences) {
}
