package be.cpas.rules.kb.facts;

import java.time.LocalDate;

/**
 * The date on which a student's age is counted for the student exemption (art 35 §2 AR): the date the right opened,
 * or the request date when the student is young enough on it (the right never opened after the request).
 */
public record StudentAgeDate(LocalDate date) {
}
