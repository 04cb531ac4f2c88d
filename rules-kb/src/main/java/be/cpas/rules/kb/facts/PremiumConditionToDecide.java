package be.cpas.rules.kb.facts;

import be.cpas.rules.model.PremiumConditionId;

/** Inserted once per condition of the premium when the dossier asks for it, so no condition goes undecided. */
public record PremiumConditionToDecide(PremiumConditionId condition) {
}
