package be.cpas.rules.kb.parameters;

/**
 * How sure a value is, from the strongest to the weakest: C read in an official or quasi-official source,
 * C2 two independent secondary sources agree, D derived by arithmetic, U uncertain.
 */
public enum ParameterStatus {
    C(null),
    C2(null),
    D("PARAMETER_DERIVED"),
    U("PARAMETER_UNCERTAIN");

    private final String noticeCode;

    ParameterStatus(String noticeCode) {
        this.noticeCode = noticeCode;
    }

    /** D and U values must be reported in every decision that uses them. */
    public boolean mustBeReported() {
        return noticeCode != null;
    }

    /** The notice a decision that uses a value of this status carries; null when none. */
    public String noticeCode() {
        return noticeCode;
    }

    /** The weaker of two statuses: a value computed from two inputs is no surer than the less sure one. */
    public static ParameterStatus weaker(ParameterStatus a, ParameterStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
