package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

import be.cpas.rules.model.Category;

/**
 * What regime (b) of the installation premium compares: a monthly income and the category whose RIS (+ margin)
 * is the ceiling. Declared in the premium request when the CPAS gives them, else as the RIS rules computed them.
 *
 * @param source the dossier field or computation the values come from, for the reason's text
 */
public record PremiumIncomeBasis(BigDecimal monthlyIncome, Category category, String source) {
}
