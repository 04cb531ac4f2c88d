package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "RIS: revenu d'intégration sociale; ERIS: equivalent social aid (art 1 and 57 LO) for foreigners outside the RIS categories; NONE: no CPAS financial aid; TO_VERIFY: the stay status must be established first.")
public enum Route {
    RIS,
    ERIS,
    NONE,
    TO_VERIFY
}
