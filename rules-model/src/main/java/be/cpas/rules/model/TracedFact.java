package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fact a rule read or concluded: its type in the knowledge base and its fields.")
public record TracedFact(
        @Schema(description = "The fact's type.", example = "ConditionFinding")
        String type,
        @Schema(description = "The fact's fields; absent for the whole dossier, which the request already holds.",
                example = "{\"condition\": \"AGE\", \"outcome\": \"MET\", \"reasonCode\": \"AGE_ADULT\"}")
        Object fact,
        @Schema(description = "For a concluded fact: false when a later step withdrew it because its reason no longer held"
                + " (the rules reach the final figures step by step); absent for a fact read.")
        Boolean held) {
}
