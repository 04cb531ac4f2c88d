package be.cpas.rules.kb.facts;

import be.cpas.rules.model.CompetenceSituation;

/** The situation of the loi du 2 avril 1965 the applicant is in (L1965_competent_cpas.drl). */
public record CompetenceCase(CompetenceSituation situation) {
}
