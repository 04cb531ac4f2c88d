package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Verdict;

/** The verdict on one scheme (decision.drl). */
public record SchemeVerdict(String scheme, Verdict verdict) {
}
