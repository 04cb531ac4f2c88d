package be.cpas.rules.kb.parameters;

/** How sure a value is (FACTS.md): C official, C2 two secondary sources agree, D derived by arithmetic, U uncertain. */
public enum ParameterStatus {
    C,
    C2,
    D,
    U;

    /** D and U values must be reported in every decision that uses them. */
    public boolean mustBeReported() {
        return this == D || this == U;
    }
}
