package be.cpas.rules.kb.facts;

/** A scheme the dossier is to be decided on: its declared conditions are then combined and give a verdict. */
public record SchemeAsked(String scheme) {
}
