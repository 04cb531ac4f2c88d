package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.PremiumConditionId;

/**
 * One finding on a condition of the installation premium; the premium decision combines them as for the
 * RIS: any NOT_MET wins, then any TO_VERIFY, then MET.
 */
public record PremiumConditionOutcome(
        PremiumConditionId condition,
        Outcome outcome,
        String reasonCode,
        LegalReference legalReference,
        List<String> missingFacts,
        List<Object> args,
        List<String> parameters) implements Finding {

    public static PremiumConditionOutcome of(PremiumConditionId condition, Outcome outcome, String reasonCode, LegalReference reference) {
        return new PremiumConditionOutcome(condition, outcome, reasonCode, reference, List.of(), List.of(), List.of());
    }

    public static PremiumConditionOutcome toVerify(PremiumConditionId condition, String reasonCode, LegalReference reference, List<String> missingFacts) {
        return new PremiumConditionOutcome(condition, Outcome.TO_VERIFY, reasonCode, reference, missingFacts, List.of(), List.of());
    }
}
