package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        Relation of a household member to the applicant (art 34 AR): PARTNER (spouse or partner living as a couple),
        CHILD, PARENT (first degree ascendant), SIBLING, GRANDPARENT, GRANDCHILD, OTHER_RELATIVE, OTHER (friend, flatmate...).""")
public enum Relation {
    PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    GRANDPARENT,
    GRANDCHILD,
    OTHER_RELATIVE,
    OTHER
}
