package be.cpas.rules.kb.facts;

/** Who receives a resource: the applicant or a member of the household. */
public enum ResourceOwner {
    APPLICANT,
    HOUSEHOLD_MEMBER
}
