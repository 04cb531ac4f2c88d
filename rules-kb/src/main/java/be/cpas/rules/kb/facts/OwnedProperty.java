package be.cpas.rules.kb.facts;

import be.cpas.rules.model.Property;

/** A property of the applicant with its place in the dossier ({@code properties[index]}). */
public record OwnedProperty(int index, Property property, String path) {
}
