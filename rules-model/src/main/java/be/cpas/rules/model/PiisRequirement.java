package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "REQUIRED: a PIIS must be concluded (by concludeBy when known). WAIVED: the CPAS waived it for health or equity reasons. NOT_REQUIRED: no PIIS is mandatory. TO_VERIFY: a fact is missing.")
public enum PiisRequirement {
    REQUIRED,
    WAIVED,
    NOT_REQUIRED,
    TO_VERIFY
}
