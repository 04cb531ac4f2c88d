package be.cpas.rules.model;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The person who asks for the RIS.")
public record Applicant(
        @Schema(description = "Birth date (ISO yyyy-MM-dd).", example = "1990-05-14")
        LocalDate birthDate,

        StayStatus stayStatus,

        @Schema(description = "EU citizens and family members: start of the stay in Belgium; the RIS is open only after the first three months (art 3, 3° L).", example = "2023-01-15")
        LocalDate staySince,

        @Schema(description = "EU citizens and family members: whether they hold a right of stay of more than three months.")
        Boolean rightOfStayOverThreeMonths,

        @Schema(description = "EU citizens and family members: on what ground they stay. Workers, self-employed persons, persons keeping that status "
                + "and their family members do not wait the first three months (art 3, 3° L; art 57quinquies LO).")
        EuStayGround euStayGround,

        MaritalStatus maritalStatus,

        @Schema(description = "Minor emancipated by marriage (art 7 L).")
        Boolean emancipatedByMarriage,

        @Schema(description = "Whether the applicant is pregnant (a pregnant minor is assimilated to an adult, art 7 L).")
        Boolean pregnant,

        @Schema(description = "Number of children the applicant has in charge (a single minor with a child in charge is assimilated to an adult, art 7 L).", example = "0")
        @Min(0) @Max(Limits.MAX_HOUSEHOLD_MEMBERS) Integer childrenInCharge,

        @Schema(description = "Placed under extended minority: counts as an adult for the age condition.")
        Boolean extendedMinority,

        @Schema(description = "Number of children for whom the applicant receives family allowances (reduces the counted cadastral income, art 25 AR).", example = "0")
        @Min(0) @Max(Limits.MAX_HOUSEHOLD_MEMBERS) Integer childrenWithFamilyAllowances,

        @Valid Studies studies) {
}
