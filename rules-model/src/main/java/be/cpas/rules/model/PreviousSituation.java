package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the person lived before moving into the dwelling (installation premium, loi organique des CPAS, art. 57bis). */
@Schema(description = """
        Where the person lived just before moving into the dwelling (installation premium, art 14 §3 L and art 57bis LO).
        Homeless situations: STREET, SQUAT, RECEPTION_HOME (maison d'accueil), TEMPORARILY_HOSTED (hosted by someone for a while),
        HOMELESS_COMMUNITY (communauté pour sans-abri), PRISON, EVICTION (expulsé de son logement), YOUTH_CARE_LEAVER (leaving youth care),
        TRANSIT_HOUSING (logement de transit: does not end homelessness). PERMANENT_CAMPING: lived permanently on a camping or holiday
        park (counts for regime (a), RIS beneficiaries, only). HOUSED: had a dwelling of one's own (not homeless).""")
public enum PreviousSituation {
    STREET,
    SQUAT,
    RECEPTION_HOME,
    TEMPORARILY_HOSTED,
    HOMELESS_COMMUNITY,
    PRISON,
    EVICTION,
    YOUTH_CARE_LEAVER,
    TRANSIT_HOUSING,
    PERMANENT_CAMPING,
    HOUSED
}
