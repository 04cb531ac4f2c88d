package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.ParameterUse;

/**
 * The value of one legal quantity in force at the evaluated date, as a rule reads it
 * ({@code ParameterValue( $x : value ) from parameters.named("x.y")}, {@link ParametersInForce}): part of the rule's match.
 * Flags (yes/no parameters) are stored as 1 or 0 and read with {@link #isTrue()}.
 *
 * @param effectiveFrom  for an indexed amount, the later of the dates its base and its coefficient are in force from
 * @param status         for an indexed amount, the status of the published figure when there is one, else the
 *                       weaker of its base's and its coefficient's
 * @param secondary      secondary sources where the figure was read, or null
 * @param derivation     for an indexed amount, base × coefficient with both inputs; null for a value read as such
 */
public record ParameterValue(
        String name,
        BigDecimal value,
        String unit,
        LocalDate effectiveFrom,
        ParameterStatus status,
        String source,
        LegalReference legalReference,
        String note,
        String secondary,
        ParameterDerivation derivation) {

    public ParameterValue(String name, BigDecimal value, String unit, LocalDate effectiveFrom, ParameterStatus status,
                          String source, LegalReference legalReference, String note) {
        this(name, value, unit, effectiveFrom, status, source, legalReference, note, null, null);
    }

    public boolean isTrue() {
        return value.signum() != 0;
    }

    /** The derivation a social worker can redo ("6038.83 × 1.7410 = 10513.60 …"), or null for a value read as such. */
    public String derivationText() {
        return derivation == null ? null : derivation.text();
    }

    /** This value as reported in a decision, with its derivation when it has one. */
    public ParameterUse toUse() {
        return new ParameterUse(name, value, unit, effectiveFrom, status.name(), source, legalReference, derivationText());
    }
}
