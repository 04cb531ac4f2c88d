package be.cpas.rules.kb.facts;

import java.math.BigDecimal;

import be.cpas.rules.model.Category;

/**
 * The income ceiling of regime (b) of the installation premium: the monthly RIS of the category the income
 * is compared with, raised by the margin (AR du 21 septembre 2004).
 */
public record PremiumIncomeCeiling(Category category, BigDecimal monthlyRis, BigDecimal monthly) {
}
