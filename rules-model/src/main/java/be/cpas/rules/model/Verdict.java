package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "GRANTED: every condition the route requires is met; REFUSED: at least one is not met; INCOMPLETE: none is refused but some must be verified.")
public enum Verdict {
    GRANTED,
    REFUSED,
    INCOMPLETE
}
