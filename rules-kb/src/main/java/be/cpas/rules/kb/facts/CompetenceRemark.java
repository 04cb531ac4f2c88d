package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;

/** A remark on the competent CPAS (a reference address that was not used, an uncertain rule). */
public record CompetenceRemark(String reasonCode, LegalReference legalReference, List<Object> args) {
}
