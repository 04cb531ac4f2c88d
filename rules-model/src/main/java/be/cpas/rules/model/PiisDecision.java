package be.cpas.rules.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether a PIIS must be concluded and by which date, or that it is waived (arts 11 and 13 L).")
public record PiisDecision(
        PiisRequirement requirement,
        @Schema(description = "Why, in the language asked, with its legal reference.")
        Reason reason,
        @Schema(description = "The last day to conclude the PIIS (notification of the grant + 3 months, art 13 L); absent when not required or not notified yet.", example = "2025-06-28")
        LocalDate concludeBy,
        @Schema(description = "Facts to verify for this section.")
        List<String> missingFacts,
        @Schema(description = "The same facts named in words, in the language asked.")
        List<String> missingFactsText) {
}
