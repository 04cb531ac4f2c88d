package be.cpas.rules.kb.parameters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The parameters in force between two change dates, as the rules read them: one global of the session rather than
 * one fact per parameter, so that a parameter costs nothing until a rule whose other conditions hold asks for it.
 * A rule reads {@code ParameterValue( $x : value ) from parameters.named("x.y")}; the value so read is part of the
 * rule's match, which is how the engine records the parameters behind a conclusion.
 */
public final class ParametersInForce {

    /** No parameter at all: what a session that decides no dossier is given. */
    public static final ParametersInForce NONE = new ParametersInForce(ResolvedParameters.byName(Map.of()));

    private final SortedMap<String, ParameterValue> values;
    private final Map<String, List<ParameterValue>> named = new HashMap<>();

    ParametersInForce(SortedMap<String, ParameterValue> values) {
        this.values = values;
        values.forEach((name, value) -> named.put(name, List.of(value)));
    }

    /** By parameter name; a parameter with no value at these dates is absent. */
    SortedMap<String, ParameterValue> values() {
        return values;
    }

    /** The value in force of the parameter, as a list of one, or an empty list when it has none (read with {@code not}). */
    public List<ParameterValue> named(String name) {
        return named.getOrDefault(name, List.of());
    }
}
