package be.cpas.rules.kb.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro arithmetic for the rules (imported as DRL functions): cents, rounded half-up. */
public final class Money {
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private Money() {
    }

    /** One month of a yearly amount: yearly / 12, cents rounded half-up (11 384,91 → 948,74). */
    public static BigDecimal monthly(BigDecimal yearly) {
        return yearly.divide(MONTHS_PER_YEAR, 2, RoundingMode.HALF_UP);
    }

    /** An amount raised by a rate, cents rounded half-up (948,74 + 10% → 1 043,61). */
    public static BigDecimal plusRate(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(BigDecimal.ONE.add(rate)).setScale(2, RoundingMode.HALF_UP);
    }
}
