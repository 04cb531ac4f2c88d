package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/** The part of the resources of parents and adult children the CPAS counts (art 34 §2 AR), per year. */
public record ParentsShare(BigDecimal yearly) {
}
