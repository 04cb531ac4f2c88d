package be.cpas.rules.kb.facts;

/** The schemes a decision has a section for; DRL files name them with these constants. */
public final class Scheme {
    /** The revenu d'intégration sociale (or the equivalent social aid): loi du 26 mai 2002, art. 3. */
    public static final String RIS = "RIS";
    /** The installation premium: loi organique des CPAS du 8 juillet 1976, art. 57bis. */
    public static final String INSTALLATION_PREMIUM = "INSTALLATION_PREMIUM";
    /** The aid towards child maintenance paid: loi organique des CPAS du 8 juillet 1976, art. 68quinquies. */
    public static final String MAINTENANCE_AID = "MAINTENANCE_AID";

    private Scheme() {
    }
}
