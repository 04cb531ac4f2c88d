package be.cpas.rules.kb.facts;

/** See {@link StudentStatus}. */
public enum StudentSituation {
    /** No full-time studies declared: the student exemption does not apply. */
    NOT_STUDENT,
    /** A full-time student who does not meet the other conditions (PIIS, age at opening, PIIS period). */
    NOT_ELIGIBLE,
    ELIGIBLE,
    UNKNOWN
}
