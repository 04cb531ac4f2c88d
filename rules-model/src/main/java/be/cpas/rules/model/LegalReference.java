package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A legal provision: the instrument and the article as the law numbers it.")
public record LegalReference(
        @Schema(description = "The legal instrument, e.g. 'Loi du 26 mai 2002' or 'AR du 11 juillet 2002'.", example = "Loi du 26 mai 2002")
        String instrument,
        @Schema(description = "The article, paragraph and point; absent when the sources used do not give it (the instrument is then cited alone).", example = "art. 3, 1°")
        String article) {

    public static final String LAW_2002 = "Loi du 26 mai 2002 concernant le droit à l'intégration sociale";
    public static final String ROYAL_DECREE_2002 = "AR du 11 juillet 2002 portant règlement général en matière de droit à l'intégration sociale";
    public static final String ORGANIC_LAW_1976 = "Loi organique des CPAS du 8 juillet 1976";
    public static final String LAW_1965 = "Loi du 2 avril 1965 relative à la prise en charge des secours accordés par les CPAS";
    public static final String ROYAL_DECREE_2004_PREMIUM = "AR du 21 septembre 2004 (prime d'installation)";

    public static final String JUDICIAL_CODE = "Code judiciaire";

    /**
     * A short stable code for each instrument this model names (L2002, AR2002, LO1976, L1965, AR2004, CJ): the
     * key under which its title is written in each language; null for any other instrument.
     */
    public String instrumentCode() {
        if (instrument == null) {
            return null;
        }
        return switch (instrument) {
            case LAW_2002 -> "L2002";
            case ROYAL_DECREE_2002 -> "AR2002";
            case ORGANIC_LAW_1976 -> "LO1976";
            case LAW_1965 -> "L1965";
            case ROYAL_DECREE_2004_PREMIUM -> "AR2004";
            case JUDICIAL_CODE -> "CJ";
            default -> null;
        };
    }

    public static LegalReference law2002(String article) {
        return new LegalReference(LAW_2002, article);
    }

    public static LegalReference royalDecree2002(String article) {
        return new LegalReference(ROYAL_DECREE_2002, article);
    }

    public static LegalReference organicLaw1976(String article) {
        return new LegalReference(ORGANIC_LAW_1976, article);
    }

    public static LegalReference law1965(String article) {
        return new LegalReference(LAW_1965, article);
    }

    /** The instrument alone, when the sources used do not give the article. */
    public static LegalReference instrument(String instrument) {
        return new LegalReference(instrument, null);
    }

    @Override
    public String toString() {
        return article == null ? instrument : article + ", " + instrument;
    }
}
