package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The five conditions of the installation premium (FACTS.md §8), in the order of the sources. */
@Schema(description = "One of the five conditions of the installation premium: DWELLING_FOUND, MAIN_RESIDENCE, HOMELESS_BEFORE, INCOME (the income condition of the regime), NEVER_RECEIVED (once in a lifetime).")
public enum PremiumConditionId {
    DWELLING_FOUND(LegalReference.organicLaw1976("art. 57bis")),
    MAIN_RESIDENCE(LegalReference.organicLaw1976("art. 57bis")),
    HOMELESS_BEFORE(LegalReference.organicLaw1976("art. 57bis")),
    INCOME(LegalReference.organicLaw1976("art. 57bis")),
    NEVER_RECEIVED(LegalReference.organicLaw1976("art. 57bis"));

    private final LegalReference legalReference;

    PremiumConditionId(LegalReference legalReference) {
        this.legalReference = legalReference;
    }

    public LegalReference legalReference() {
        return legalReference;
    }
}
