package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Relation;
import be.cpas.rules.model.Resource;

/**
 * A resource with the person who receives it: the applicant, or the household member at
 * {@code memberIndex} with that {@code relation} to the applicant.
 *
 * @param memberIndex   index in {@code Dossier.household}, or -1 for the applicant
 * @param relation      null for the applicant
 * @param resourceIndex index in the owner's list of resources
 * @param path          where the resource is in the dossier, e.g. {@code household[0].resources[1]}
 */
public record OwnedResource(ResourceOwner owner, int memberIndex, Relation relation, Resource resource, int resourceIndex, String path) {
}
