package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;

/** One finding of a rule on a condition: its outcome, the reason's code and message values, what is missing. */
public interface Finding {
    Outcome outcome();

    String reasonCode();

    LegalReference legalReference();

    List<String> missingFacts();

    List<Object> args();

    List<String> parameters();
}
