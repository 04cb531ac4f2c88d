package be.cpas.rules.api;

import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.StayStatus;

/**
 * Dossiers on which the knowledge base is known to break its own invariants, found by the property
 * tests and reported to the rules-kb side. Each is left out of the properties until it is fixed:
 * delete the predicate then, and the properties cover those dossiers again.
 */
final class KnownDefects {

    private KnownDefects() {
    }

    /**
     * An EU citizen (or family member) whose right of stay over three months is unknown gets two
     * nationality findings (NOT_MET "first three months" or "no right of stay", and TO_VERIFY) and so
     * two routes (NONE and TO_VERIFY): RulesEngine.decide throws KnowledgeBaseException ("The rules gave
     * 2 routes instead of one"), a 500 in the API. Found with seed 20250310; smallest case: requestDate
     * 2005-08-01, applicant EU_CITIZEN, staySince 2005-08-01, rightOfStayOverThreeMonths null.
     */
    static boolean twoRoutesForAnEuCitizen(Dossier dossier) {
        if (dossier.applicant() == null) {
            return false;
        }
        StayStatus stay = dossier.applicant().stayStatus();
        return (stay == StayStatus.EU_CITIZEN || stay == StayStatus.EU_FAMILY_MEMBER)
                && (dossier.applicant().rightOfStayOverThreeMonths() == null || dossier.applicant().staySince() == null);
    }
}
