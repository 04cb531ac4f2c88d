package be.cpas.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dated legal parameter read by this decision, with its source and status.")
public record ParameterUse(
        @Schema(example = "ris.amount.category_1")
        String name,
        @Schema(example = "10513.60")
        BigDecimal value,
        @Schema(description = "Unit of the value.", example = "EUR/year")
        String unit,
        @Schema(description = "The date from which this value is in force.")
        LocalDate effectiveFrom,
        @Schema(description = "C: official source; C2: two secondary sources agree; D: derived by arithmetic; U: uncertain.", example = "C2")
        String status,
        String source,
        LegalReference legalReference) {
}
