package be.cpas.rules.kb.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic for the rules (imported as DRL functions). */
public final class Dates {
    private Dates() {
    }

    /** Whole years from {@code from} to {@code to}: the age on the day {@code to}. */
    public static int yearsBetween(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.YEARS.between(from, to);
    }

    /** {@code date} plus whole months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
    public static LocalDate plusMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /** {@code date} plus calendar days (31 Jan + 30 days = 2 March, or 1 March in a leap year). */
    public static LocalDate plusDays(LocalDate date, int days) {
        return date.plusDays(days);
    }

    /** The days from a date to the end of its month, both included (10 March: 22). */
    public static int daysToMonthEnd(LocalDate date) {
        return date.lengthOfMonth() - date.getDayOfMonth() + 1;
    }

    public static LocalDate monthEnd(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }
}
