package be.cpas.rules.kb.facts;

import be.cpas.rules.model.ConditionId;

/** Inserted once per condition of art 3 L so that decision.drl can notice a condition no rule decided. */
public record ConditionToDecide(ConditionId condition) {
}
