package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A condition of the RIS as the law sets it.")
public record ConditionDescription(
        @Schema(description = "The condition's stable id.", example = "RESIDENCE")
        String condition,
        @Schema(description = "Title in the language asked.")
        String title,
        LegalReference legalReference) {
}
