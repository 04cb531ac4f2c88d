package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something the social worker must know about this decision (stale amounts, uncertain figures, a suspension...).")
public record Notice(
        @Schema(example = "AMOUNTS_MAY_BE_STALE")
        String code,
        String message) {
}
