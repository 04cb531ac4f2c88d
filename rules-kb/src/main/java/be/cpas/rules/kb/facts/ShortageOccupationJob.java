package be.cpas.rules.kb.facts;

/**
 * A job in a shortage occupation whose increased socio-professional exemption is still open (art. 35, §1 AR, from
 * 1 January 2024): {@code monthsLeft} of the months granted once in a lifetime.
 */
public record ShortageOccupationJob(OwnedResource resource, int monthsLeft) {
}
