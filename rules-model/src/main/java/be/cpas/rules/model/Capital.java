package be.cpas.rules.model;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Movable capital (savings, shares) of the applicant (art 27 AR).")
public record Capital(
        @Schema(description = "Total movable capital in euro.", example = "25500.00")
        @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal movableCapital) {
}
