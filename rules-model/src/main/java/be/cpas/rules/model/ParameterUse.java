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
        LegalReference legalReference,
        @Schema(description = "For an indexed amount: base × social-benefit coefficient, rounded to the cent, naming both inputs; absent for a value read as such.",
                example = "6038.83 × 1.7410 = 10513.60 (ris.base.category_1 from 2023-07-01 × index.social_benefit_coefficient from 2025-02-01, rounded to the cent)")
        String derivation) {

    public ParameterUse(String name, BigDecimal value, String unit, LocalDate effectiveFrom, String status, String source,
                        LegalReference legalReference) {
        this(name, value, unit, effectiveFrom, status, source, legalReference, null);
    }
}
