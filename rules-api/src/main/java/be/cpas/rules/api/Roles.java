package be.cpas.rules.api;

/**
 * The roles of the service. An analyst validates packs, lists and shows them, simulates reforms (what-if) and runs
 * impact jobs; an admin does all that and also uploads, activates and rolls back packs. Decisions need no role.
 */
public final class Roles {

    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
