package be.cpas.rules.kb.facts;

import java.time.LocalDate;
import java.util.List;

/** The last day to conclude a required PIIS (art. 13 L); null, naming the missing facts, when it cannot be counted yet. */
public record PiisDeadline(LocalDate date, List<String> missingFacts) {
}
