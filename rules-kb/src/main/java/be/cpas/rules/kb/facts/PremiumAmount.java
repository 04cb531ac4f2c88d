package be.cpas.rules.kb.facts;

import java.math.BigDecimal;
import java.util.List;

/** The installation premium's amount at the request date, and the parameters it was read from. */
public record PremiumAmount(BigDecimal amount, List<String> parameters) {
}
