package be.cpas.rules.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The RIS amount: yearly as the law fixes it, monthly = yearly / 12 rounded half-up to cents.")
public record Amount(
        @Schema(description = "Euro per year.", example = "7068.60")
        BigDecimal yearly,
        @Schema(description = "Euro per month.", example = "589.05")
        BigDecimal monthly) {
}
