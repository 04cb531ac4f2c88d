package be.cpas.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A resource actually received (maintenance owed but unpaid is not a resource).")
public record Resource(
        @Schema(required = true)
        @NotNull ResourceType type,
        @Schema(description = "Net amount in euro per period, at most two decimals.", example = "300.00", required = true)
        @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal netAmount,
        @Schema(required = true)
        @NotNull Periodicity periodicity,
        @Schema(description = "When this resource started (ISO yyyy-MM-dd).", example = "2024-10-01")
        LocalDate startDate,
        @Schema(description = "Income from work or training that started while the person was on RIS (socio-professional exemption, art 35 AR).")
        Boolean startedWhileOnRis,
        @Schema(description = "Months of art 35 exemption already used before this request (at most 36 within a 6-year window).", example = "0")
        @Min(0) @Max(72) Integer exemptionMonthsUsed,
        @Schema(description = "A job in a shortage occupation (métier en pénurie) with the regional certificate and a contract of at least three months (art 35, §1 AR, from 1 January 2024).")
        Boolean shortageOccupation,
        @Schema(description = "Months of the shortage-occupation exemption already used in the applicant's life (at most 3, once in a lifetime).", example = "0")
        @Min(0) @Max(72) Integer shortageOccupationMonthsUsed) {
}
