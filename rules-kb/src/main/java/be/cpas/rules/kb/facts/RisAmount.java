package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/** The yearly RIS (or ERIS) amount: category amount − counted resources, never below 0 (art 14 L). */
public record RisAmount(BigDecimal yearly) {
}
