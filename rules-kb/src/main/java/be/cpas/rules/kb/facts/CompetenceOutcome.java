package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.CompetenceSituation;
import be.cpas.rules.model.CompetenceStatus;
import be.cpas.rules.model.LegalReference;

/** The competent CPAS as the rules of the loi du 2 avril 1965 give it (L1965_competent_cpas.drl). */
public record CompetenceOutcome(
        CompetenceStatus status,
        CompetenceSituation situation,
        String commune,
        String reasonCode,
        LegalReference legalReference,
        List<String> missingFacts) {
}
