package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A mention the written decision must carry (art 20 and art 21, §2-3 L), in the language asked.")
public record DecisionMention(
        @Schema(description = "Stable code of the mention.", example = "APPEAL")
        String code,
        @Schema(description = "The text of the mention, in the language asked.")
        String text,
        @Schema(description = "The provision that requires or sets it.")
        LegalReference legalReference) {
}
