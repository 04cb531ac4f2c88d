package be.cpas.rules.kb.facts;

/**
 * Whether an EU citizen or family member waits the first months of stay before the RIS (art 3, 3° L), from the ground
 * of stay; fromDossier when the dossier's legal assumption settled it rather than the named parameter.
 */
public record EuWaitingPeriod(boolean waits, boolean fromDossier) {
}
