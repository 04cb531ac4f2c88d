package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The six conditions of art 3 of the law of 26 May 2002, in the law's order. */
@Schema(description = "One of the six conditions of art 3 of the law of 26 May 2002.")
public enum ConditionId {
    RESIDENCE(LegalReference.law2002("art. 3, 1°")),
    AGE(LegalReference.law2002("art. 3, 2° et art. 7")),
    NATIONALITY(LegalReference.law2002("art. 3, 3°")),
    RESOURCES(LegalReference.law2002("art. 3, 4° et art. 16")),
    WORK_AVAILABILITY(LegalReference.law2002("art. 3, 5°")),
    OTHER_RIGHTS(LegalReference.law2002("art. 3, 6° et art. 4"));

    private final LegalReference legalReference;

    ConditionId(LegalReference legalReference) {
        this.legalReference = legalReference;
    }

    public LegalReference legalReference() {
        return legalReference;
    }
}
