package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Availability for work (art 3, 5° L).")
public record WorkAvailability(
        @Schema(description = "The applicant is available for work.")
        Boolean available,
        UnavailabilityReason reason,
        @Schema(description = "For HEALTH or EQUITY: whether the CPAS has accepted the reason.")
        Boolean reasonAcceptedByCpas) {
}
