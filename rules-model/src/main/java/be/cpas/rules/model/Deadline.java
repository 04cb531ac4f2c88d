package be.cpas.rules.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One deadline of the procedure: the date, what it is counted from, and the provision.")
public record Deadline(
        DeadlineKind kind,
        @Schema(description = "The deadline (ISO yyyy-MM-dd); absent when the date it is counted from is not known yet.", example = "2025-04-09")
        LocalDate date,
        @Schema(description = "The date it is counted from.", example = "2025-03-10")
        LocalDate countedFrom,
        @Schema(description = "What the deadline is and how it is counted, in the language asked.")
        String explanation,
        LegalReference legalReference,
        @Schema(description = "Dossier fields (JSON paths) needed to compute the date.", example = "[\"procedure.notificationDate\"]")
        List<String> missingFacts,
        @Schema(description = "The same facts named in words, in the language asked, in the same order: the text a person reads.")
        List<String> missingFactsText) {
}
