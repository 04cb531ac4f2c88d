package be.cpas.rules.model;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One stay abroad (art 23, §5 L), as the beneficiary reported it.")
public record StayAbroad(
        @Schema(description = "First day spent abroad (ISO yyyy-MM-dd).", example = "2025-07-01", required = true)
        @NotNull LocalDate firstDay,
        @Schema(description = "Last day spent abroad (ISO yyyy-MM-dd), on or after the first day.", example = "2025-08-15", required = true)
        @NotNull LocalDate lastDay,
        @Schema(description = "Whether the CPAS accepted exceptional circumstances for this stay: then no day of it is suspended.")
        Boolean exceptionalCircumstances) {
}
