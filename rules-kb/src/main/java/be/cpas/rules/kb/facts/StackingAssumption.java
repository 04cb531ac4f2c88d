package be.cpas.rules.kb.facts;


/**
 * Whether the general exemption also applies when an art 35 exemption was applied (disputed):
 * from {@code Dossier.legalAssumptions} when given, else from the parameter (status U).
 */
public record StackingAssumption(boolean stacks, boolean fromDossier) {
}
