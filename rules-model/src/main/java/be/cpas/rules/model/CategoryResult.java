package be.cpas.rules.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The RIS category and why.")
public record CategoryResult(
        Category category,
        Outcome outcome,
        @Schema(description = "The justification, with the provision applied.")
        List<Reason> reasons,
        List<String> missingFacts,
        @Schema(description = "The same facts named in words, in the language asked, in the same order: the text a person reads.")
        List<String> missingFactsText) {
}
