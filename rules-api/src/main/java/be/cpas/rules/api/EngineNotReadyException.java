package be.cpas.rules.api;

/** A request came before the rule pack was compiled (or after its build failed): 503. */
public class EngineNotReadyException extends RuntimeException {
    public EngineNotReadyException() {
        super("The rule pack is not compiled yet", null, false, false);
    }
}
