package be.cpas.rules.model;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The procedure: whether the request opens or revises the right, and the dates known so far; the deadlines are counted from them.")
public record Procedure(
        @Schema(description = "Date the CPAS decided (ISO yyyy-MM-dd); left out when not decided yet.", example = "2025-03-25")
        LocalDate decisionDate,
        @Schema(description = "Date the decision was notified (ISO yyyy-MM-dd); left out when not notified yet.", example = "2025-03-28")
        LocalDate notificationDate,
        @Schema(description = "The CPAS's own reference for this file, printed on the decision (art 21, §3 L); left out when it has none.", example = "RIS/2025/0412")
        @Size(max = 100) String fileReference,
        @Schema(description = "Whether this request opens the right (a first request: the right opens on the request date) or revises a right "
                + "already open (a revision: the right opened on rightOpenedOn). Left out when unknown.")
        Boolean firstRequest,
        @Schema(description = "Revision of a right already open: the date the right to the RIS opened (ISO yyyy-MM-dd). The student exemption's age "
                + "limit counts on that date, not at each revision (art 35, §2 AR). Left out for a first request, or when unknown.", example = "2022-10-01")
        LocalDate rightOpenedOn) {
}
