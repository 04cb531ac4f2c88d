package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Outcome;

/** The combined outcome of one condition of a scheme (decision.drl). */
public record ConditionSummary(String scheme, String condition, Outcome outcome) {
}
