package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why an outcome was reached: a stable code, a message in the language asked, and the provision applied.")
public record Reason(
        @Schema(description = "Stable machine-readable code.", example = "AGE_ADULT")
        String code,
        @Schema(description = "Explanation in the language asked (French by default).")
        String message,
        LegalReference legalReference) {
}
