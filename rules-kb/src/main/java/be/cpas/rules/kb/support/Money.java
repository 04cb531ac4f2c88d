package be.cpas.rules.kb.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import be.cpas.rules.model.Periodicity;
import be.cpas.rules.model.Resource;

/**
 * Money arithmetic for the rules (imported as DRL functions). The law fixes amounts per year: resources
 * are taken on a yearly basis (monthly × 12) and the monthly amount is the yearly one / 12, cents rounded
 * half-up. Every result is in euro with two decimals. No legal choice is made here.
 */
public final class Money {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Euro with two decimals, half-up. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** A resource on a yearly basis: a monthly amount × 12, a yearly amount as is. */
    public static BigDecimal perYear(Resource resource) {
        BigDecimal net = resource.netAmount();
        return cents(resource.periodicity() == Periodicity.MONTHLY ? net.multiply(TWELVE) : net);
    }

    /** A monthly amount × 12. */
    public static BigDecimal twelveTimes(BigDecimal monthly) {
        return cents(monthly.multiply(TWELVE));
    }

    /** The monthly amount of a yearly one: yearly / 12, cents rounded half-up. */
    public static BigDecimal monthly(BigDecimal yearly) {
        return yearly.divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    /** The sum of amounts (any element that is not a number is a defect). */
    public static BigDecimal sum(Collection<?> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object amount : amounts) {
            total = total.add((BigDecimal) amount);
        }
        return cents(total);
    }

    public static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return cents(a.add(b));
    }

    public static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return cents(a.subtract(b));
    }

    public static BigDecimal negate(BigDecimal a) {
        return cents(a.negate());
    }

    /** a × b, cents rounded half-up (a rate, a multiplier, a fraction, a count). */
    public static BigDecimal times(BigDecimal a, BigDecimal b) {
        return cents(a.multiply(b));
    }

    public static BigDecimal times(BigDecimal a, int n) {
        return cents(a.multiply(BigDecimal.valueOf(n)));
    }

    /** Half of an amount, cents rounded half-up. */
    public static BigDecimal half(BigDecimal a) {
        return a.divide(TWO, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return cents(a.min(b));
    }

    /** a − b when positive, else 0. */
    public static BigDecimal above(BigDecimal a, BigDecimal b) {
        return cents(a.subtract(b).max(BigDecimal.ZERO));
    }

    /** The part of an amount between two bounds: max(0, min(amount, upTo) − from). */
    public static BigDecimal bracket(BigDecimal amount, BigDecimal from, BigDecimal upTo) {
        return cents(amount.min(upTo).subtract(from).max(BigDecimal.ZERO));
    }

    public static boolean isPositive(BigDecimal a) {
        return a.signum() > 0;
    }

    /** a ≥ b. */
    public static boolean atLeast(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0;
    }

    /** An amount raised by a rate, cents rounded half-up (948,74 + 10% → 1 043,61). */
    public static BigDecimal plusRate(BigDecimal amount, BigDecimal rate) {
        return cents(amount.multiply(BigDecimal.ONE.add(rate)));
    }

    /** A rate as a percentage for the texts: 0.06 → "6". */
    public static String percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    /** A monthly amount for some days of a month: monthly × days / days of the month, rounded half-up to the cent. */
    public static BigDecimal proRata(BigDecimal monthly, int days, int daysOfMonth) {
        return monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(daysOfMonth), 2, java.math.RoundingMode.HALF_UP);
    }
}
