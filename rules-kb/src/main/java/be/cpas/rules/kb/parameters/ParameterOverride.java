package be.cpas.rules.kb.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value an analyst puts in place of the knowledge base's, for a what-if or an impact report: from {@code from} on,
 * the parameter {@code name} is {@code value} (flags: 1 true, 0 false), replacing the file's values from that date.
 * Overriding a base or the coefficient changes every indexed amount derived from it.
 */
public record ParameterOverride(String name, LocalDate from, BigDecimal value) {

    public ParameterOverride {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
    }

    /** What is wrong with the override at {@code index} of a list: it cannot apply to the catalogue. */
    public record Problem(int index, Kind kind) {

        public enum Kind {
            /** No parameter has that name. */
            UNKNOWN_PARAMETER,
            /** The parameter is a flag and the value is neither 1 nor 0. */
            NOT_A_FLAG_VALUE,
            /** The same parameter is given another value from the same date. */
            TWICE_FROM_ONE_DATE
        }
    }

    /** How the value is cited wherever it is used instead of an official source. */
    String source() {
        return "Override (simulation, not the law in force): " + name + " = " + value.toPlainString() + " from " + from;
    }
}
