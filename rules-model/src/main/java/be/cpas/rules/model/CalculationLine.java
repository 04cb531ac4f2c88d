package be.cpas.rules.model;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step of the calculation sheet the CPAS owes the applicant.")
public record CalculationLine(
        @Schema(description = "Order of the step.")
        int step,
        @Schema(description = "Stable code of the step.", example = "GENERAL_EXEMPTION")
        String code,
        @Schema(description = "What the step does, in the language asked.")
        String label,
        @Schema(description = "Euro per year (positive adds, negative deducts, as the label says).")
        BigDecimal amount,
        LegalReference legalReference,
        @Schema(description = "Names of the parameters this step read.")
        List<String> parameters) {
}
