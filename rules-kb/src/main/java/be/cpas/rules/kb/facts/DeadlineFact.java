package be.cpas.rules.kb.facts;

import java.time.LocalDate;
import java.util.List;

import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.LegalReference;

/**
 * One deadline as deadlines.drl computed it. {@code date} is null when the date it counts from is not
 * known; {@code explanationCode} names the message explaining it.
 */
public record DeadlineFact(
        DeadlineKind kind,
        LocalDate date,
        LocalDate countedFrom,
        String explanationCode,
        LegalReference legalReference,
        List<String> missingFacts,
        List<Object> args) {
}
