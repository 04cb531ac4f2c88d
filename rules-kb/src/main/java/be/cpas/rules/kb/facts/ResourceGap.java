package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;

/**
 * A fact or parameter the resource calculation needs and does not have: the resources condition is then
 * TO_VERIFY, naming it. Never a silent 0.
 */
public record ResourceGap(String reasonCode, LegalReference legalReference, List<Object> args, List<String> missingFacts) {
}
