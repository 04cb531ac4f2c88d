package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/** The installation premium's amount at the request date. */
public record PremiumAmount(BigDecimal amount) {
}
