package be.cpas.rules.kb.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment that opens the maintenance aid (art. 68quinquies LO): the month it is for (its first day) and the amount paid. */
public record EligibleMaintenance(int index, LocalDate month, BigDecimal amountPaid) {
}
