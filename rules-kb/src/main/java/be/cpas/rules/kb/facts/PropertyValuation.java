package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

import be.cpas.rules.model.PropertyKind;

/** The yearly resource counted for the applicant's built or unbuilt property (art 25 AR). */
public record PropertyValuation(PropertyKind kind, BigDecimal yearly) {
}
