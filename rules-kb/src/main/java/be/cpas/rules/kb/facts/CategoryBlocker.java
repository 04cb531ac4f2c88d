package be.cpas.rules.kb.facts;

import java.util.List;

/** Something that keeps the category from being decided: the dossier fields or parameters it needs. */
public record CategoryBlocker(String reasonCode, List<String> missingFacts) {
}
