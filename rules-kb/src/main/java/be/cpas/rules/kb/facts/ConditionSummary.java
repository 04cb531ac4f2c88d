package be.cpas.rules.kb.facts;

import be.cpas.rules.model.ConditionId;
import be.cpas.rules.model.Outcome;

/** The combined outcome of one condition of art 3 L (decision.drl). */
public record ConditionSummary(ConditionId condition, Outcome outcome) {
}
