package be.cpas.rules.kb.parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import be.cpas.rules.model.LegalReference;

/**
 * One legal quantity as read from its parameter file ({@code parameters/ris/amount/category_1.yaml} →
 * {@code ris.amount.category_1}), with its dated values in increasing order of date. For an indexed amount
 * ({@code derived}), the values are computed at loading from its base and the coefficient.
 *
 * @param reference   the instrument and article that fix the quantity
 * @param publication where that instrument was published (Moniteur belge and date)
 * @param eli         the instrument's ELI or official URL, or null when not confirmed
 * @param indexed     the quantity follows the index: its latest entry tells how recent the knowledge base is
 * @param required    the engine refuses dates before this parameter's first value
 * @param derivedFrom for an indexed amount, its base and coefficient parameters; null for a quantity read as such
 */
public record ParameterDefinition(
        String name,
        String description,
        String unit,
        LegalReference reference,
        String publication,
        String eli,
        boolean indexed,
        boolean required,
        Inputs derivedFrom,
        List<ParameterEntry> entries) {

    /** The two inputs of an indexed amount. */
    public record Inputs(String base, String coefficient) {
    }

    public ParameterDefinition {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("Parameter " + name + " has no value");
        }
    }

    public LocalDate firstDate() {
        return entries.get(0).from();
    }

    public LocalDate lastChange() {
        return entries.get(entries.size() - 1).from();
    }

    public boolean isFlag() {
        return ParameterCatalogue.UNIT_FLAG.equals(unit);
    }

    public boolean isDerived() {
        return derivedFrom != null;
    }

    /** The entry in force at the date: the last one whose {@code from} is on or before it; empty before the first. */
    public Optional<ParameterEntry> entryAt(LocalDate date) {
        ParameterEntry inForce = null;
        for (ParameterEntry entry : entries) {
            if (entry.from().isAfter(date)) {
                break;
            }
            inForce = entry;
        }
        return Optional.ofNullable(inForce);
    }

    /** The value fact for the rules, or empty when the parameter has no value yet at that date. */
    public Optional<ParameterValue> valueAt(LocalDate date) {
        return entryAt(date).map(e -> new ParameterValue(
                name, e.value(), unit, e.from(), e.status(), e.source(), reference, e.note(), e.secondary(), e.derivation()));
    }
}
