package be.cpas.rules.kb;

/** The knowledge base cannot be built or broke its own invariants: a defect of the rules, not of the dossier. */
public class KnowledgeBaseException extends RuntimeException {
    public KnowledgeBaseException(String message) {
        super(message);
    }
}
