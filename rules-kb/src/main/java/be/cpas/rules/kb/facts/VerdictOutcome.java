package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Verdict;

public record VerdictOutcome(Verdict verdict) {
}
