package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;

/** A mention the written decision must carry, in the order of the letter; its text comes from the messages (mention.CODE). */
public record DecisionMentionFact(int order, String code, List<Object> args, LegalReference legalReference) {
}
