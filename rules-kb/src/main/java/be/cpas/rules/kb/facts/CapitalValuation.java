package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/** The yearly resource counted for the applicant's movable capital (art 27 AR). */
public record CapitalValuation(BigDecimal yearly) {
}
