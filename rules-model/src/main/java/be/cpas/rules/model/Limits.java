package be.cpas.rules.model;

/** Upper bounds on list sizes: far above any real household, low enough to refuse absurd dossiers. */
public final class Limits {
    public static final int MAX_HOUSEHOLD_MEMBERS = 30;
    public static final int MAX_RESOURCES = 50;
    public static final int MAX_PROPERTIES = 20;
    public static final int MAX_COMMUNE_LENGTH = 100;
    public static final int MAX_STAYS_ABROAD = 50;
    public static final int MAX_MAINTENANCE_PAYMENTS = 60;

    private Limits() {
    }
}
