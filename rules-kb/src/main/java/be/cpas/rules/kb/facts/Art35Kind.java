package be.cpas.rules.kb.facts;

/** The exemptions of art 35 AR: socio-professional (§1), student (§2), artistic (§3). */
public enum Art35Kind {
    SOCIO_PROFESSIONAL,
    STUDENT,
    ARTISTIC
}
