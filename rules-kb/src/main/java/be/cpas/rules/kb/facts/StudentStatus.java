package be.cpas.rules.kb.facts;

import java.util.List;

/** Whether the applicant's income from work falls under the student exemption (art 35 §2 AR), and why. */
public record StudentStatus(StudentSituation situation, String reasonCode, List<String> missingFacts) {
}
