package be.cpas.rules.kb.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The maintenance aid for one month (its first day), in euro. */
public record MaintenanceAidMonth(LocalDate month, BigDecimal amount) {
}
