package be.cpas.rules.kb.facts;

import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.PremiumRegime;

/** The regime the installation premium is decided under, and why. */
public record PremiumRegimeOutcome(PremiumRegime regime, String reasonCode, LegalReference legalReference) {
}
