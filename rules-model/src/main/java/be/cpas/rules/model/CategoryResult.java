package be.cpas.rules.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The RIS category and why.")
public record CategoryResult(
        Category category,
        Outcome outcome,
        @Schema(description = "The justification, with the provision applied.")
        List<Reason> reasons,
        List<String> missingFacts) {
}
