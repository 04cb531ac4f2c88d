package be.cpas.rules.kb.facts;

/** The applicant's age in whole years at the date of the request, and whether that is under the age of majority. */
public record ApplicantAge(int years, boolean minor) {
}
