package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the applicant is not available for work (art 3, 5° L): HEALTH or EQUITY reasons (to be accepted by the CPAS), FULL_TIME_STUDIES (met through a PIIS), NONE (no reason given).")
public enum UnavailabilityReason {
    HEALTH,
    EQUITY,
    FULL_TIME_STUDIES,
    NONE
}
