package be.cpas.rules.model;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Studies of the applicant (art 11 §2 L, art 35 AR).")
public record Studies(
        @Schema(description = "Follows full-time studies.")
        Boolean fullTime,
        @Schema(description = "Has signed a PIIS (individualised project for social integration) covering the studies.")
        Boolean piisSigned,
        @Schema(description = "Start of the PIIS covering the studies.", example = "2024-09-15")
        LocalDate piisStart,
        @Schema(description = "End of the PIIS covering the studies, if fixed.", example = "2027-06-30")
        LocalDate piisEnd,
        @Schema(description = "Receives a study grant.")
        Boolean studyGrant) {
}
