package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.PiisRequirement;

/** Whether a PIIS must be concluded (arts 11 and 13 L), why, and what is missing to say it. */
public record PiisOutcome(PiisRequirement requirement, String reasonCode, LegalReference legalReference, List<String> missingFacts,
                          List<Object> args) {
}
