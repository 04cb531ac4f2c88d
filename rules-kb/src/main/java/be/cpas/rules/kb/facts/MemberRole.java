package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.Relation;

/**
 * What a household member is for the category (art 14 §1 L) and the cohabitants' resources (art 34 AR),
 * as L2002_art14_category.drl classifies it.
 *
 * @param missingFacts for {@link HouseholdRole#UNKNOWN}: the dossier fields or parameters that would decide it
 */
public record MemberRole(int index, HouseholdRole role, Relation relation, List<String> missingFacts) {
}
