package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

/** The yearly total counted before the general exemption: the sheet lines from 200 to 599 added up. */
public record ResourcesBeforeGeneralExemption(BigDecimal yearly) {
}
