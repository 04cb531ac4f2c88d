package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Verdict;

/** The verdict on the installation premium (LO1976_art57bis_premium_decision.drl). */
public record PremiumVerdict(Verdict verdict) {
}
