package be.cpas.rules.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of one condition of the installation premium, with its reasons and the facts to verify.")
public record PremiumConditionResult(
        PremiumConditionId condition,
        Outcome outcome,
        @Schema(description = "The provision that sets the condition.")
        LegalReference legalReference,
        List<Reason> reasons,
        @Schema(description = "Dossier fields (JSON paths) that are missing or need the CPAS's judgement.", example = "[\"installationPremium.mainResidence\"]")
        List<String> missingFacts) {
}
