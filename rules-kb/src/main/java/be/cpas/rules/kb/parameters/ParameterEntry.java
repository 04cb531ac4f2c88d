package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a parameter: in force from {@code from} until the next entry of the same parameter.
 *
 * @param from               first day the value is in force
 * @param value              the value (flags: 1 or 0); for a yearly amount published only monthly, monthly × 12
 * @param publishedMonthly   the monthly figure as published, kept for the record (null when none was given)
 * @param derivedFromMonthly true when {@code value} was computed as {@code publishedMonthly × 12} by the loader
 * @param status             how sure the value is
 * @param source             the official source of the value (instrument, article, Moniteur belge), or how it was derived
 * @param note               free text, or null
 * @param secondary          the secondary sources where the figure was read (CPAS sites, federations …), or null
 * @param derivation         for an indexed amount, base × coefficient with both inputs; null for a value read as such
 */
public record ParameterEntry(
        LocalDate from,
        BigDecimal value,
        BigDecimal publishedMonthly,
        boolean derivedFromMonthly,
        ParameterStatus status,
        String source,
        String note,
        String secondary,
        ParameterDerivation derivation) {

    public static final String DERIVED_YEARLY_NOTE = "yearly derived from the published monthly × 12";

    public ParameterEntry {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
    }

    public ParameterEntry(LocalDate from, BigDecimal value, BigDecimal publishedMonthly, boolean derivedFromMonthly,
                          ParameterStatus status, String source, String note) {
        this(from, value, publishedMonthly, derivedFromMonthly, status, source, note, null, null);
    }
}
