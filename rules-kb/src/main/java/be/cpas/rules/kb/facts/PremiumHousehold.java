package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;

/** Whether the premium is individual or granted once for the household, or whether that is to verify. */
public record PremiumHousehold(String reasonCode, LegalReference legalReference, List<String> missingFacts) {
}
