package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.PremiumConditionId;

/** The combined outcome of one condition of the installation premium; inserted with one per condition to decide. */
public record PremiumConditionSummary(PremiumConditionId condition, Outcome outcome) {
}
