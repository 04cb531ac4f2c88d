package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;

/**
 * One finding of a rule on one condition of any scheme (RIS, installation premium...). A condition may have
 * several findings; decision.drl combines them into one {@link ConditionSummary}: any NOT_MET wins, then any
 * TO_VERIFY, then MET.
 *
 * @param condition    the id a {@link ConditionToDecide} declares
 * @param reasonCode   the reason's message is {@code reason.CODE}
 * @param missingFacts for TO_VERIFY: the dossier fields or parameters needed
 * @param args         values for the reason's message, in the order of its placeholders
 */
public record ConditionFinding(
        String condition,
        Outcome outcome,
        String reasonCode,
        LegalReference legalReference,
        List<String> missingFacts,
        List<Object> args) {

    public static ConditionFinding met(String condition, String reasonCode, LegalReference reference, List<Object> args) {
        return new ConditionFinding(condition, Outcome.MET, reasonCode, reference, List.of(), args);
    }

    public static ConditionFinding notMet(String condition, String reasonCode, LegalReference reference, List<Object> args) {
        return new ConditionFinding(condition, Outcome.NOT_MET, reasonCode, reference, List.of(), args);
    }

    public static ConditionFinding toVerify(String condition, String reasonCode, LegalReference reference, List<String> missingFacts) {
        return new ConditionFinding(condition, Outcome.TO_VERIFY, reasonCode, reference, missingFacts, List.of());
    }
}
