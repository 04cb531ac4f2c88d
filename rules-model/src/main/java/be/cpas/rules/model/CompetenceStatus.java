package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "DETERMINED: the competent CPAS follows from the facts; UNCERTAIN: a commune is given but the rule applied is uncertain in the sources; TO_VERIFY: a fact is missing.")
public enum CompetenceStatus {
    DETERMINED,
    UNCERTAIN,
    TO_VERIFY
}
