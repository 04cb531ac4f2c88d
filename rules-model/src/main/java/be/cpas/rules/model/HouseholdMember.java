package be.cpas.rules.model;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person who actually lives with the applicant.")
public record HouseholdMember(
        @Schema(required = true)
        @NotNull Relation relation,
        @Schema(description = "Birth date (ISO yyyy-MM-dd).", example = "2015-02-01")
        LocalDate birthDate,
        @Schema(description = "Married (a married minor child does not make a 'famille à charge').")
        Boolean married,
        @Schema(description = "Children: the applicant has this child in charge.")
        Boolean inApplicantCharge,
        @Schema(description = "Children: equal alternating (shared) custody.")
        Boolean sharedCustody,
        @Schema(description = "This person's own resources. Empty when none; left out when unknown.")
        @Size(max = Limits.MAX_RESOURCES) List<@Valid @NotNull Resource> resources,
        @Schema(description = "Whether the applicant and this person settle household matters mainly in common (art 14, §1, 1°, al. 2 L): "
                + "living under the same roof is cohabitation only then; a flat-share with separate budgets is not. "
                + "Not asked for a partner nor for a minor in the applicant's charge. Left out when unknown.")
        Boolean settlesHouseholdMattersInCommon) {
}
