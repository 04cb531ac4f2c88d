package be.cpas.rules.model;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Dates of the procedure known so far; the deadlines are counted from them.")
public record Procedure(
        @Schema(description = "Date the CPAS decided (ISO yyyy-MM-dd); left out when not decided yet.", example = "2025-03-25")
        LocalDate decisionDate,
        @Schema(description = "Date the decision was notified (ISO yyyy-MM-dd); left out when not notified yet.", example = "2025-03-28")
        LocalDate notificationDate) {
}
