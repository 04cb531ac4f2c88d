package be.cpas.rules.kb.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CompetenceSituation;
import be.cpas.rules.model.CompetenceStatus;
import be.cpas.rules.model.CompetentCpasResult;
import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Reason;

/** The competent CPAS (loi du 2 avril 1965). */
class CompetentCpasTest {

    static final RulesEngine ENGINE = be.cpas.rules.kb.EngineFixture.ENGINE;

    /** A Belgian, not in an establishment, not a student, not homeless, living in Liège. */
    static TestDossiers general() {
        return TestDossiers.granted()
                .set("applicant.studies.fullTime", false)
                .setYaml("competence", """
                        habitualResidenceCommune: Liège
                        inEstablishment: false
                        """);
    }

    static CompetentCpasResult competentCpas(TestDossiers dossier) {
        return ENGINE.decide(dossier.build()).competentCpas();
    }

    static void assertDetermined(CompetentCpasResult result, CompetenceSituation situation, String commune, String code, LegalReference reference) {
        assertThat(result.status()).isEqualTo(CompetenceStatus.DETERMINED);
        assertThat(result.situation()).isEqualTo(situation);
        assertThat(result.commune()).isEqualTo(commune);
        assertThat(result.reasons().get(0).code()).isEqualTo(code);
        assertThat(result.reasons().get(0).legalReference()).isEqualTo(reference);
        assertThat(result.missingFacts()).isEmpty();
    }

    static void assertToVerify(CompetentCpasResult result, String code, String missingFact) {
        assertThat(result.status()).isEqualTo(CompetenceStatus.TO_VERIFY);
        assertThat(result.commune()).isNull();
        assertThat(result.reasons()).extracting(Reason::code).containsExactly(code);
        assertThat(result.missingFacts()).containsExactly(missingFact);
    }

    @Test
    void noCompetenceFactsNoSection() {
        assertThat(ENGINE.decide(TestDossiers.granted().build()).competentCpas()).isNull();
    }

    @Test
    void generalRuleActualHabitualResidence() {
        CompetentCpasResult result = competentCpas(general());
        assertDetermined(result, CompetenceSituation.GENERAL, "Liège", "COMPETENCE_GENERAL", LegalReference.law1965("art. 1, 1°"));
        assertThat(result.reasons().get(0).message())
                .isEqualTo("CPAS de Liège, commune où la personne réside effectivement et habituellement au moment de la demande.");
    }

    @Test
    void generalRuleCommuneMissing() {
        assertToVerify(competentCpas(general().remove("competence.habitualResidenceCommune")),
                "COMPETENCE_GENERAL_COMMUNE_UNKNOWN", "competence.habitualResidenceCommune");
    }

    @Test
    void establishmentRegistrationAtAdmission() {
        CompetentCpasResult result = competentCpas(general()
                .set("competence.inEstablishment", true)
                .set("competence.mainResidenceCommuneAtAdmission", "Namur"));
        assertDetermined(result, CompetenceSituation.ESTABLISHMENT, "Namur", "COMPETENCE_ESTABLISHMENT", LegalReference.law1965("art. 2, §1"));
    }

    @Test
    void establishmentCommuneMissing() {
        CompetentCpasResult result = competentCpas(general().set("competence.inEstablishment", true));
        assertToVerify(result, "COMPETENCE_ESTABLISHMENT_COMMUNE_UNKNOWN", "competence.mainResidenceCommuneAtAdmission");
        assertThat(result.situation()).isEqualTo(CompetenceSituation.ESTABLISHMENT);
    }

    @Test
    void establishmentUnknown() {
        assertToVerify(competentCpas(general().remove("competence.inEstablishment")),
                "COMPETENCE_ESTABLISHMENT_UNKNOWN", "competence.inEstablishment");
    }

    @Test
    void fullTimeStudentRegistrationAtTheRequest() {
        CompetentCpasResult result = competentCpas(general()
                .set("applicant.studies.fullTime", true)
                .set("competence.registrationCommuneAtRequest", "Ottignies-Louvain-la-Neuve"));
        assertDetermined(result, CompetenceSituation.FULL_TIME_STUDENT, "Ottignies-Louvain-la-Neuve", "COMPETENCE_STUDENT",
                LegalReference.law1965("art. 2, §6"));
        assertThat(result.reasons().get(0).message()).contains("toute la durée ininterrompue des études");
    }

    @Test
    void fullTimeStudentCommuneMissing() {
        assertToVerify(competentCpas(general().set("applicant.studies.fullTime", true)),
                "COMPETENCE_STUDENT_COMMUNE_UNKNOWN", "competence.registrationCommuneAtRequest");
    }

    @Test
    void studiesUnknown() {
        assertToVerify(competentCpas(general().remove("applicant.studies")),
                "COMPETENCE_STUDENT_UNKNOWN", "applicant.studies.fullTime");
    }

    @Test
    void homelessWhereThePersonIsAtTheRequest() {
        CompetentCpasResult result = competentCpas(general()
                .set("residence.homeless", true)
                .set("competence.communeWhereHomelessPersonIs", "Bruxelles"));
        assertDetermined(result, CompetenceSituation.HOMELESS, "Bruxelles", "COMPETENCE_HOMELESS", LegalReference.law1965("art. 2, §7"));
    }

    @Test
    void homelessCommuneMissing() {
        assertToVerify(competentCpas(general().set("residence.homeless", true)),
                "COMPETENCE_HOMELESS_COMMUNE_UNKNOWN", "competence.communeWhereHomelessPersonIs");
    }

    @Test
    void homelessUnknown() {
        assertToVerify(competentCpas(general().remove("residence.homeless")), "COMPETENCE_HOMELESS_UNKNOWN", "residence.homeless");
    }

    @Test
    void aReferenceAddressNeverDecidesForAHomelessPerson() {
        CompetentCpasResult result = competentCpas(general()
                .set("residence.homeless", true)
                .set("competence.communeWhereHomelessPersonIs", "Bruxelles")
                .set("competence.referenceAddressCommune", "Schaerbeek"));
        assertThat(result.commune()).isEqualTo("Bruxelles");
        assertThat(result.reasons()).extracting(Reason::code)
                .containsExactly("COMPETENCE_HOMELESS", "COMPETENCE_REFERENCE_ADDRESS_IGNORED");
        assertThat(result.reasons().get(1).message()).isEqualTo("L'adresse de référence à Schaerbeek ne détermine pas le CPAS compétent.");
    }

    @Test
    void aReferenceAddressDoesNotReplaceAMissingCommune() {
        CompetentCpasResult result = competentCpas(general()
                .set("residence.homeless", true)
                .set("competence.referenceAddressCommune", "Schaerbeek"));
        assertThat(result.status()).isEqualTo(CompetenceStatus.TO_VERIFY);
        assertThat(result.commune()).isNull();
        assertThat(result.missingFacts()).containsExactly("competence.communeWhereHomelessPersonIs");
        assertThat(result.reasons()).extracting(Reason::code)
                .containsExactly("COMPETENCE_HOMELESS_COMMUNE_UNKNOWN", "COMPETENCE_REFERENCE_ADDRESS_IGNORED");
    }

    @Test
    void aReferenceAddressDoesNotReplaceTheHabitualResidence() {
        CompetentCpasResult result = competentCpas(general()
                .remove("competence.habitualResidenceCommune")
                .set("competence.referenceAddressCommune", "Schaerbeek"));
        assertThat(result.status()).isEqualTo(CompetenceStatus.TO_VERIFY);
        assertThat(result.commune()).isNull();
    }

    @Test
    void asylumSeekerRegisteredInSeveralCommunesTheCompulsoryPlaceOfRegistration() {
        CompetentCpasResult result = competentCpas(general()
                .set("applicant.stayStatus", "ASYLUM_SEEKER")
                .set("competence.asylumSeekerRegistrationCommune", "Liège")
                .set("competence.asylumSeekerAssignedPlaceCommune", "Arlon"));
        assertDetermined(result, CompetenceSituation.ASYLUM_SEEKER, "Arlon", "COMPETENCE_ASYLUM_SEEKER", LegalReference.law1965("art. 2, §5"));
        assertThat(result.reasons().get(0).message()).contains("code 207");
    }

    @Test
    void temporaryProtectionTheCommuneOfRegistration() {
        CompetentCpasResult result = competentCpas(general()
                .set("applicant.stayStatus", "TEMPORARY_PROTECTION")
                .set("competence.asylumSeekerRegistrationCommune", "Liège"));
        assertDetermined(result, CompetenceSituation.ASYLUM_SEEKER, "Liège", "COMPETENCE_ASYLUM_SEEKER_REGISTRATION",
                LegalReference.law1965("art. 2, §5"));
    }

    @Test
    void asylumSeekerCommuneOfRegistrationMissing() {
        assertToVerify(competentCpas(general().set("applicant.stayStatus", "ASYLUM_SEEKER")),
                "COMPETENCE_ASYLUM_SEEKER_COMMUNE_UNKNOWN", "competence.asylumSeekerRegistrationCommune");
    }

    // Precedence (art 2 L65): §5 prevails over §6, §1 and §7; §6 prevails over §1 and §7.

    @Test
    void temporaryProtectionPrevailsOverStudiesAnEstablishmentAndHomelessness() {
        CompetentCpasResult result = competentCpas(general()
                .set("applicant.stayStatus", "TEMPORARY_PROTECTION")
                .set("applicant.studies.fullTime", true)
                .set("residence.homeless", true)
                .set("competence.inEstablishment", true)
                .set("competence.mainResidenceCommuneAtAdmission", "Namur")
                .set("competence.registrationCommuneAtRequest", "Ottignies-Louvain-la-Neuve")
                .set("competence.communeWhereHomelessPersonIs", "Bruxelles")
                .set("competence.asylumSeekerRegistrationCommune", "Liège"));
        assertDetermined(result, CompetenceSituation.ASYLUM_SEEKER, "Liège", "COMPETENCE_ASYLUM_SEEKER_REGISTRATION",
                LegalReference.law1965("art. 2, §5"));
    }

    @Test
    void aFullTimeStudentInAnEstablishmentFollowsTheStudentRule() {
        CompetentCpasResult result = competentCpas(general()
                .set("applicant.studies.fullTime", true)
                .set("competence.inEstablishment", true)
                .set("competence.mainResidenceCommuneAtAdmission", "Namur")
                .set("competence.registrationCommuneAtRequest", "Ottignies-Louvain-la-Neuve"));
        assertDetermined(result, CompetenceSituation.FULL_TIME_STUDENT, "Ottignies-Louvain-la-Neuve", "COMPETENCE_STUDENT",
                LegalReference.law1965("art. 2, §6"));
    }

    @Test
    void aHomelessFullTimeStudentFollowsTheStudentRuleAndIsNotAskedAboutAnEstablishment() {
        CompetentCpasResult result = competentCpas(general()
                .remove("competence.inEstablishment")
                .set("applicant.studies.fullTime", true)
                .set("residence.homeless", true)
                .set("competence.communeWhereHomelessPersonIs", "Bruxelles")
                .set("competence.registrationCommuneAtRequest", "Ottignies-Louvain-la-Neuve"));
        assertDetermined(result, CompetenceSituation.FULL_TIME_STUDENT, "Ottignies-Louvain-la-Neuve", "COMPETENCE_STUDENT",
                LegalReference.law1965("art. 2, §6"));
    }

    @Test
    void stayStatusUnknown() {
        assertToVerify(competentCpas(general().remove("applicant.stayStatus")), "COMPETENCE_STAY_UNKNOWN", "applicant.stayStatus");
    }

    @Test
    void anIncompetentCpasForwardsWithinFiveDays() {
        CompetentCpasResult result = competentCpas(general().set("requestDate", "2024-12-30"));
        assertThat(result.forwardIfIncompetent().kind()).isEqualTo(DeadlineKind.FORWARD_IF_INCOMPETENT);
        assertThat(result.forwardIfIncompetent().date()).isEqualTo(LocalDate.of(2025, 1, 4));
        assertThat(result.forwardIfIncompetent().countedFrom()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(result.forwardIfIncompetent().legalReference()).isEqualTo(LegalReference.law2002("art. 18, §4"));
    }
}
