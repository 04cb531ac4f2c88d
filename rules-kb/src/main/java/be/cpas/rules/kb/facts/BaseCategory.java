package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.Category;
import be.cpas.rules.model.Outcome;

/**
 * The category the applicant would have without any child in charge: cohabitant or isolé (art 14 §1, 1° and
 * 2° L, homeless applicants included). L2002_art14_category.drl combines it with the children in charge.
 */
public record BaseCategory(Category category, Outcome outcome, ReasonFact reason, List<String> missingFacts) {
}
