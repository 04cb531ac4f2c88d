package be.cpas.rules.kb.source;

/** One file of the knowledge base: its path relative to the knowledge-base root (with '/') and its text. */
public record KbFile(String path, String content) {
}
