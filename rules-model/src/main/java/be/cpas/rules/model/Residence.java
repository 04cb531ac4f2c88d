package be.cpas.rules.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
        Boolean piisToLeaveHomelessness,

        @Schema(description = "Each stay abroad the applicant reported (art 23, §5 L), with its first and last day abroad: the days suspended and the amount suspended are computed from them. Empty when none; left out when unknown.")
        @Size(max = Limits.MAX_STAYS_ABROAD) List<@Valid @NotNull StayAbroad> staysAbroad) {
}
