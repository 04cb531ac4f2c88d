package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.ConditionId;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;

/**
 * One finding of a condition rule. A condition may have several findings; decision.drl combines them
 * into one {@link ConditionSummary}: any NOT_MET wins, then any TO_VERIFY, then MET.
 *
 * @param args values for the reason's message, in the order of its placeholders
 * @param parameters names of the dated parameters this finding read
 */
public record ConditionOutcome(
        ConditionId condition,
        Outcome outcome,
        String reasonCode,
        LegalReference legalReference,
        List<String> missingFacts,
        List<Object> args,
        List<String> parameters) implements Finding {

    public static ConditionOutcome met(ConditionId condition, String reasonCode, LegalReference reference, List<Object> args, List<String> parameters) {
        return new ConditionOutcome(condition, Outcome.MET, reasonCode, reference, List.of(), args, parameters);
    }

    public static ConditionOutcome notMet(ConditionId condition, String reasonCode, LegalReference reference, List<Object> args, List<String> parameters) {
        return new ConditionOutcome(condition, Outcome.NOT_MET, reasonCode, reference, List.of(), args, parameters);
    }

    public static ConditionOutcome toVerify(ConditionId condition, String reasonCode, LegalReference reference, List<String> missingFacts) {
        return new ConditionOutcome(condition, Outcome.TO_VERIFY, reasonCode, reference, missingFacts, List.of(), List.of());
    }
}
