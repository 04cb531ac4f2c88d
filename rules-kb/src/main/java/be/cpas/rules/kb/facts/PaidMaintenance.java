package be.cpas.rules.kb.facts;

import be.cpas.rules.model.MaintenancePayment;

/** One maintenance payment of the dossier, with its place (maintenancePaid[i]) for the facts a rule names. */
public record PaidMaintenance(int index, MaintenancePayment payment, String path) {
}
