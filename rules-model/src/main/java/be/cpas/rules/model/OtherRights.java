package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Other rights to benefits (art 3, 6° L): the RIS is residual.")
public record OtherRights(
        @Schema(description = "The applicant has claimed every social benefit he or she may have under Belgian or foreign law.")
        Boolean allBenefitsClaimed,
        @Schema(description = "The CPAS requires the applicant to act against maintenance debtors (art 4 L).")
        Boolean maintenanceClaimRequired,
        @Schema(description = "When required: the applicant has acted against the maintenance debtors.")
        Boolean maintenanceClaimed) {
}
