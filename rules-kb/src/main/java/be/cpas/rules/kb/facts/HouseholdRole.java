package be.cpas.rules.kb.facts;

/** What a household member is for the category (art 14 §1 L) and for art 34 AR; see {@link MemberRole}. */
public enum HouseholdRole {
    /** Anyone but a child of the applicant (partner, parent, sibling, friend...). */
    COHABITANT,
    /** A child of the applicant who is of age. */
    ADULT_CHILD,
    /** A married minor child. */
    MARRIED_MINOR_CHILD,
    /** An unmarried minor child the applicant does not have in charge. */
    MINOR_CHILD_NOT_IN_CHARGE,
    /** An unmarried minor child in the applicant's charge, not in shared custody. */
    CHILD_IN_CHARGE,
    /** An unmarried minor child in the applicant's charge, in equal alternating custody. */
    CHILD_SHARED_CUSTODY,
    /** An unmarried minor child in the applicant's charge; whether custody is shared is unknown. */
    CHILD_CUSTODY_UNKNOWN,
    /** Lives under the same roof but does not settle household matters mainly in common with the applicant: not a cohabitant (art 14, §1, 1°, al. 2 L). */
    SEPARATE_BUDGET,
    /** Would be a cohabitant; whether household matters are settled mainly in common is unknown. */
    COHABITATION_UNKNOWN,
    /** Relation, age, marriage or charge unknown. */
    UNKNOWN
}
