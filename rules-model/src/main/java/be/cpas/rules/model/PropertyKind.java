package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "BUILT property (a house, a flat) or UNBUILT land (art 25 AR).")
public enum PropertyKind {
    BUILT,
    UNBUILT
}
