package be.cpas.rules.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One rule that fired while deciding the dossier, in firing order: what it read and what it concluded.")
public record TraceStep(
        @Schema(description = "Firing order, from 1.", example = "12")
        int order,
        @Schema(description = "The DRL file of the rule.", example = "L2002_art03_2_age.drl")
        String file,
        @Schema(description = "The rule's name in that file.", example = "Art 3, 2°: of age")
        String rule,
        @Schema(description = "The provisions the rule applied, as its conclusions cite them; empty for a rule that only prepares a fact.")
        List<LegalReference> legalReferences,
        @Schema(description = "The dated parameters the rule read, with the value and the date from which it is in force.")
        List<ParameterUse> parametersRead,
        @Schema(description = "The other facts the rule read: parts of the dossier and conclusions of earlier rules.")
        List<TracedFact> factsRead,
        @Schema(description = "The facts the rule concluded (inserted). Empty when its conclusion was already known.")
        List<TracedFact> concluded) {
}
