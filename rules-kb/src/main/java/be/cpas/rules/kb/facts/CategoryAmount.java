package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/**
 * The yearly RIS amount of the applicant's category (art 14 §1 L), and the general exemption of that
 * category (art 22 §2 AR). With shared custody before the full-cat-3 practice, half of each category.
 */
public record CategoryAmount(BigDecimal yearly, BigDecimal generalExemption) {
}
