package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Facts deciding whether a PIIS (individualised project for social integration) must be concluded (arts 11 and 13 L).")
public record PiisFacts(
        @Schema(description = "Whether the applicant had a right to social integration (RIS or a job under art 6 L) at some time in the three months before the request.")
        Boolean integrationRightInPreviousThreeMonths,
        @Schema(description = "Whether the CPAS waived the PIIS for health or equity reasons.")
        Boolean waived,
        @Schema(description = "For a waiver: HEALTH or EQUITY.")
        UnavailabilityReason waiverReason) {
}
