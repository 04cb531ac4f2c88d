package be.cpas.rules.kb.parameters;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every parameter's value in force at one date.
 *
 * @param date            the evaluated date
 * @param values          by parameter name; a parameter with no value yet at that date is absent
 * @param mayBeStale      the date is after the last known change of an indexed parameter: amounts may
 *                        have been indexed since, and the result must say so
 * @param lastKnownChange the latest effective date among indexed parameters
 */
public record ResolvedParameters(
        LocalDate date,
        Map<String, ParameterValue> values,
        boolean mayBeStale,
        LocalDate lastKnownChange) {

    /** The class of the maps {@link #byName} gives, kept as they are rather than copied for every decision. */
    private static final Class<?> BY_NAME = byName(Map.of()).getClass();

    public ResolvedParameters {
        values = values.getClass() == BY_NAME && ((SortedMap<String, ParameterValue>) values).comparator() == null
                ? values : byName(values);
    }

    /** An unmodifiable copy sorted by name, which a ResolvedParameters keeps without copying it again. */
    public static SortedMap<String, ParameterValue> byName(Map<String, ParameterValue> values) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public Optional<ParameterValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value, or an {@link IllegalStateException} naming the missing parameter and the date. */
    public ParameterValue require(String name) {
        ParameterValue value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("No value for parameter " + name + " at " + date);
        }
        return value;
    }
}
