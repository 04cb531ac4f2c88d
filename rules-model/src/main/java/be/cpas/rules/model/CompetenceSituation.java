package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The situation that decides the competent CPAS (loi du 2 avril 1965): GENERAL (actual habitual residence), ESTABLISHMENT (registration at admission), FULL_TIME_STUDENT (registration at the request), HOMELESS (where the person is at the request), ASYLUM_SEEKER (assigned place, uncertain).")
public enum CompetenceSituation {
    GENERAL,
    ESTABLISHMENT,
    FULL_TIME_STUDENT,
    HOMELESS,
    ASYLUM_SEEKER
}
