package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;

/** A justification given by a rule: its code (text {@code reason.CODE}), the provision and the message values. */
public record ReasonFact(String code, LegalReference legalReference, List<Object> args) {
}
