package be.cpas.rules.kb.facts;

import java.util.List;

/** A warning raised by a rule (a suspension, a fact to report...); its text comes from the messages. */
public record NoticeFact(String code, List<Object> args) {
}
