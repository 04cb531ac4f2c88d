package be.cpas.rules.model;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Choices the law leaves to the CPAS.")
public record CpasChoices(
        CohabitantCounting parentsAndAdultChildren,
        @Schema(description = "With FRACTION: the part counted, between 0 and 1.", example = "0.5")
        @DecimalMin("0") @DecimalMax("1") BigDecimal fraction) {
}
