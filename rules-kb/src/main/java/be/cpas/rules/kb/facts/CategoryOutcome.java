package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.Category;
import be.cpas.rules.model.Outcome;

/**
 * The applicant's category (art 14 §1 L). Read by the amount rules and by the installation premium rules.
 *
 * @param category     the category, null when TO_VERIFY
 * @param halfWith     shared custody before the full-cat-3 practice: the amount is half of {@code category}
 *                     and half of this one; null otherwise
 * @param reasons      the justification, with the provisions applied
 * @param missingFacts for TO_VERIFY: the dossier fields or parameters needed
 */
public record CategoryOutcome(
        Category category,
        Category halfWith,
        Outcome outcome,
        List<ReasonFact> reasons,
        List<String> missingFacts) {

    public static CategoryOutcome met(Category category, Category halfWith, List<ReasonFact> reasons) {
        return new CategoryOutcome(category, halfWith, Outcome.MET, reasons, List.of());
    }

    public static CategoryOutcome toVerify(ReasonFact reason, List<String> missingFacts) {
        return new CategoryOutcome(null, null, Outcome.TO_VERIFY, List.of(reason), missingFacts);
    }
}
