package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The regimes of the installation premium; (a) takes priority, one regime per person. */
@Schema(description = "RIS_BENEFICIARY: regime (a), the person receives the RIS or this decision grants it (art 14 §3 L), individual. REPLACEMENT_OR_LOW_INCOME: regime (b), a replacement income, the ERIS, or an income up to the RIS of the person's category + 10% (art 57bis LO and AR 21/09/2004), one premium per household.")
public enum PremiumRegime {
    RIS_BENEFICIARY(LegalReference.law2002("art. 14, §3")),
    REPLACEMENT_OR_LOW_INCOME(LegalReference.organicLaw1976("art. 57bis"));

    private final LegalReference legalReference;

    PremiumRegime(LegalReference legalReference) {
        this.legalReference = legalReference;
    }

    public LegalReference legalReference() {
        return legalReference;
    }
}
