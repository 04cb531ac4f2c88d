package be.cpas.rules.api;

/** A pack operation asked for while no pack store is configured (cpas.packs.directory). */
public class PacksOffException extends RuntimeException {
    public PacksOffException() {
        super("no pack store: set cpas.packs.directory");
    }
}
