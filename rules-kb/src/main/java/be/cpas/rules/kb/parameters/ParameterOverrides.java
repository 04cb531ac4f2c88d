package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Puts analysts' values ({@link ParameterOverride}) in place of a parameter file's. */
final class ParameterOverrides {

    private ParameterOverrides() {
    }

    /** Every override that cannot apply to these definitions, in list order. */
    static List<ParameterOverride.Problem> problems(List<ParameterOverride> overrides, Map<String, ParameterDefinition> definitions) {
        List<ParameterOverride.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < overrides.size(); i++) {
            ParameterOverride override = overrides.get(i);
            ParameterDefinition definition = definitions.get(override.name());
            if (definition == null) {
                problems.add(new ParameterOverride.Problem(i, ParameterOverride.Problem.Kind.UNKNOWN_PARAMETER));
            } else if (definition.isFlag() && override.value().compareTo(BigDecimal.ONE) != 0 && override.value().signum() != 0) {
                problems.add(new ParameterOverride.Problem(i, ParameterOverride.Problem.Kind.NOT_A_FLAG_VALUE));
            }
            if (!seen.add(override.name() + "@" + override.from())) {
                problems.add(new ParameterOverride.Problem(i, ParameterOverride.Problem.Kind.TWICE_FROM_ONE_DATE));
            }
        }
        return problems;
    }

    /** The overrides grouped by parameter, each group in date order, after checking they can apply. */
    static Map<String, List<ParameterOverride>> byName(List<ParameterOverride> overrides,
            Map<String, ParameterDefinition> definitions) {
        List<ParameterOverride.Problem> problems = problems(overrides, definitions);
        if (!problems.isEmpty()) {
            ParameterOverride.Problem first = problems.get(0);
            ParameterOverride override = overrides.get(first.index());
            throw new IllegalArgumentException(switch (first.kind()) {
                case UNKNOWN_PARAMETER -> "No parameter is named '" + override.name() + "'";
                case NOT_A_FLAG_VALUE -> "Parameter '" + override.name() + "' is a flag: its value is 1 (true) or 0 (false), not "
                        + override.value().toPlainString();
                case TWICE_FROM_ONE_DATE -> "Parameter '" + override.name() + "' is given two values from " + override.from();
            });
        }
        Map<String, List<ParameterOverride>> byName = new LinkedHashMap<>();
        for (ParameterOverride override : overrides) {
            byName.computeIfAbsent(override.name(), n -> new ArrayList<>()).add(override);
        }
        byName.values().forEach(list -> list.sort(Comparator.comparing(ParameterOverride::from)));
        return byName;
    }

    /**
     * The file's entries before the first override, then one entry per override; each keeps the status of the value
     * it replaces (the override says nothing about how sure the law is) and cites the override as its source.
     */
    static List<ParameterEntry> apply(List<ParameterEntry> entries, List<ParameterOverride> overrides) {
        if (overrides.isEmpty()) {
            return entries;
        }
        LocalDate firstOverride = overrides.get(0).from();
        List<ParameterEntry> result = new ArrayList<>(entries.stream().filter(e -> e.from().isBefore(firstOverride)).toList());
        for (ParameterOverride override : overrides) {
            ParameterStatus replaced = entries.stream().filter(e -> !e.from().isAfter(override.from()))
                    .reduce((first, second) -> second).orElse(entries.get(0)).status();
            result.add(new ParameterEntry(override.from(), override.value(), null, false, replaced, override.source(), null));
        }
        return result;
    }

    /** The first date any of the parameters is overridden; null when none is. */
    static LocalDate firstDate(Map<String, List<ParameterOverride>> byName, String... names) {
        return Stream.of(names).map(byName::get).filter(Objects::nonNull)
                .map(list -> list.get(0).from()).min(LocalDate::compareTo).orElse(null);
    }
}
