package be.cpas.rules.kb.facts;

import java.time.LocalDate;

/** The day from which a granted right runs. */
public record RightStart(LocalDate date) {
}
