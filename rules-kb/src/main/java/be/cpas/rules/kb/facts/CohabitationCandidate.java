package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Relation;

/**
 * A household member who would be a cohabitant (art 14, §1, 1° L) if household matters are settled mainly in
 * common; L2002_art14_category.drl turns it into a {@link MemberRole}.
 *
 * @param role the role the member takes when cohabiting
 */
public record CohabitationCandidate(int index, HouseholdRole role, Relation relation) {
}
