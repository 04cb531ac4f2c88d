package be.cpas.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One payment of maintenance the applicant made for a child (art 68quinquies LO): what was actually paid, not what is owed.")
public record MaintenancePayment(
        @Schema(required = true)
        @NotNull MaintenanceKind kind,
        @Schema(description = "Month the payment is for: any day of that month (ISO yyyy-MM-dd).", example = "2025-03-01", required = true)
        @NotNull LocalDate month,
        @Schema(description = "Amount actually paid for that month, in euro, at most two decimals.", example = "150.00", required = true)
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal amountPaid,
        @Schema(description = "Whether the maintenance (or the contribution) is fixed by a court decision.")
        Boolean fixedByCourt) {
}
