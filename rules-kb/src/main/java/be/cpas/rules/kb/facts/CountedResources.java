package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/** The yearly resources counted for the RIS amount, general exemption applied. Read by the installation premium rules. */
public record CountedResources(BigDecimal yearly) {
}
