package be.cpas.rules.kb.parameters;

/**
 * How sure a value is, from the strongest to the weakest: C read in an official or quasi-official source,
 * C2 two independent secondary sources agree, D derived by arithmetic, U uncertain.
 */
public enum ParameterStatus {
    C,
    C2,
    D,
    U;

    /** D and U values must be reported in every decision that uses them. */
    public boolean mustBeReported() {
        return this == D || this == U;
    }

    /** The weaker of two statuses: a value computed from two inputs is no surer than the less sure one. */
    public static ParameterStatus weaker(ParameterStatus a, ParameterStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
