package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/** The art 35 AR exemption of one kind applied to the applicant's eligible income, in euro per year. */
public record Art35Exemption(Art35Kind kind, BigDecimal exempted) {
}
