package be.cpas.rules.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the applicant lives (art 3, 1° L).")
public record Residence(
        @Schema(description = "Actual and habitual residence in Belgium (homeless people qualify).")
        Boolean habitualResidenceInBelgium,

        @Schema(description = "Days spent abroad in the current calendar year, in days.", example = "0")
        @Min(0) @Max(366) Integer daysAbroadThisYear,

        @Schema(description = "Homeless (sans-abri): no dwelling of one's own.")
        Boolean homeless,

        @Schema(description = "Homeless and temporarily hosted by someone.")
        Boolean temporarilyHosted,

        @Schema(description = "Bound by a PIIS aimed at leaving homelessness.")
        Boolean piisToLeaveHomelessness) {
}
