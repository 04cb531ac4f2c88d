package be.cpas.rules.kb.parameters;

/** How sure a value is: C official, C2 two secondary sources agree, D derived by arithmetic, U uncertain. */
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
}
