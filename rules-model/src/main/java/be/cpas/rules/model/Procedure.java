package be.cpas.rules.model;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Dates of the procedure known so far; the deadlines are counted from them.")
public record Procedure(
        @Schema(description = "Date the CPAS decided (ISO yyyy-MM-dd); left out when not decided yet.", example = "2025-03-25")
        LocalDate decisionDate,
        @Schema(description = "Date the decision was notified (ISO yyyy-MM-dd); left out when not notified yet.", example = "2025-03-28")
        LocalDate notificationDate,
        @Schema(description = "The CPAS's own reference for this file, printed on the decision (art 21, §3 L); left out when it has none.", example = "RIS/2025/0412")
        @Size(max = 100) String fileReference) {
}
