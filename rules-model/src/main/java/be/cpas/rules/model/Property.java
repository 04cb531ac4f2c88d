package be.cpas.rules.model;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Real estate owned by the applicant (art 25 AR).")
public record Property(
        @Schema(required = true)
        @NotNull PropertyKind kind,
        @Schema(description = "Non-indexed cadastral income (revenu cadastral) in euro per year, for the applicant's share.", example = "900.00", required = true)
        @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal cadastralIncome) {
}
