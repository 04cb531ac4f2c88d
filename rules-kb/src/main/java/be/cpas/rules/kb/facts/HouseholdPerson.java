package be.cpas.rules.kb.facts;

import be.cpas.rules.model.HouseholdMember;

/** A household member with its place in the dossier ({@code household[index]}). */
public record HouseholdPerson(int index, HouseholdMember member, String path) {
}
