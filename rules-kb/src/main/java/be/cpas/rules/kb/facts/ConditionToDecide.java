package be.cpas.rules.kb.facts;

import be.cpas.rules.model.LegalReference;

/**
 * A condition of a scheme, declared by the DRL file that decides it (one rule with an empty left-hand side), so
 * that the list of conditions lives in the knowledge base: a working copy adds one with one DRL file and its texts.
 * decision.drl combines the condition's findings when its scheme is asked ({@link SchemeAsked}).
 *
 * @param scheme    the scheme the condition belongs to, e.g. {@link Scheme#RIS}
 * @param condition the stable id of the condition, shown in the decision, e.g. {@code RESIDENCE}
 * @param order     place of the condition in its scheme (the law's order)
 */
public record ConditionToDecide(String scheme, String condition, int order, LegalReference legalReference) {
}
