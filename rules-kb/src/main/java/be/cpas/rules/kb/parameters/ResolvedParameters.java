package be.cpas.rules.kb.parameters;
import java.time.LocalDate; import java.util.*;
public record ResolvedParameters(LocalDate date, List<ParameterValue> values, boolean mayBeStale, LocalDate lastKnownChange) {
  public Optional<ParameterValue> get(String name) { return values.stream().filter(v -> v.name().equals(name)).findFirst(); }
}
