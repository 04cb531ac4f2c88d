package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

import be.cpas.rules.model.LegalReference;

/**
 * How one resource is taken into account (art 16 L; AR 11/07/2002, arts 22 and 35), with the rule that
 * decided it. The applicant's resources each give a sheet line {@code line.<reasonCode>}.
 *
 * @param yearly    the resource on a yearly basis
 * @param counted   the part counted before any art 35 or general exemption (0 when never counted)
 * @param exemption the art 35 exemption the resource falls under, or null
 */
public record ResourceTreatment(
        OwnedResource resource,
        Treatment treatment,
        BigDecimal yearly,
        BigDecimal counted,
        Art35Kind exemption,
        String reasonCode,
        LegalReference legalReference) {
}
