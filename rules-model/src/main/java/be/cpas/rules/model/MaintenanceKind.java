package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CHILD_MAINTENANCE: maintenance for a child fixed by a court. PLACEMENT_CONTRIBUTION: a parent's contribution to the cost of a child's placement.")
public enum MaintenanceKind {
    CHILD_MAINTENANCE,
    PLACEMENT_CONTRIBUTION
}
