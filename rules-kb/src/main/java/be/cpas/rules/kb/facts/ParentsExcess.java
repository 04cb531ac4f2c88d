package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/**
 * Parents and adult children living with the applicant (art 34 §2 AR): their counted resources, the
 * category 1 amount × their number, and what exceeds it.
 */
public record ParentsExcess(int persons, BigDecimal total, BigDecimal threshold, BigDecimal excess) {
}
