package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stay status of the applicant: decides whether the nationality/stay condition (art 3, 3° L) can be met and the route. */
@Schema(description = """
        Stay status of the applicant (art 3, 3° of the law of 26 May 2002).
        BELGIAN; EU_CITIZEN: citizen of an EU member state; EU_FAMILY_MEMBER: family member of an EU citizen or of a Belgian;
        POPULATION_REGISTER: foreigner registered in the population register; RECOGNISED_REFUGEE; STATELESS;
        SUBSIDIARY_PROTECTION: beneficiary of subsidiary protection; FOREIGNERS_REGISTER: foreigner registered in the foreigners register
        (ERIS route); TEMPORARY_PROTECTION: temporary protection, e.g. Ukraine 2022 (ERIS route); SHORT_STAY: visa-free or short-stay visa
        of at most 90 days; ASYLUM_SEEKER: applicant for international protection in reception; IRREGULAR_STAY: no right of stay.""")
public enum StayStatus {
    BELGIAN,
    EU_CITIZEN,
    EU_FAMILY_MEMBER,
    POPULATION_REGISTER,
    RECOGNISED_REFUGEE,
    STATELESS,
    SUBSIDIARY_PROTECTION,
    FOREIGNERS_REGISTER,
    TEMPORARY_PROTECTION,
    SHORT_STAY,
    ASYLUM_SEEKER,
    IRREGULAR_STAY
}
