package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.cpas.rules.model.LegalReference;

/**
 * The value of one legal quantity in force at the evaluated date, inserted as a fact for the rules.
 * Flags (yes/no parameters) are stored as 1 or 0 and read with {@link #isTrue()}.
 */
public record ParameterValue(
        String name,
        BigDecimal value,
        String unit,
        LocalDate effectiveFrom,
        ParameterStatus status,
        String source,
        LegalReference legalReference,
        String note) {

    public boolean isTrue() {
        return value.signum() != 0;
    }
}
