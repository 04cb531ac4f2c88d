package be.cpas.rules.kb.facts;

import java.time.LocalDate;

/**
 * Days of one stay abroad, within one calendar month, on which payment is suspended (art. 23, §5 L).
 *
 * @param stayIndex the stay's place in residence.staysAbroad (from 0)
 * @param firstDay  first suspended day of that stay in that month
 * @param lastDay   last suspended day of that stay in that month
 * @param days      suspended days, from firstDay to lastDay, both included
 * @param exceptionalCircumstances the stay's own flag (null: unknown)
 */
public record SuspendedDays(int stayIndex, LocalDate firstDay, LocalDate lastDay, int days, Boolean exceptionalCircumstances) {
}
