package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.PiisDecision;
import be.cpas.rules.model.PiisRequirement;
import be.cpas.rules.model.Verdict;

/**
 * The PIIS (arts 11 and 13 L): mandatory for full-time students and applicants under 25; from 2016-11-01 also for
 * anyone with no integration right in the three months before the request, unless waived for health or equity
 * reasons; concluded at the latest 3 months after the notification of the grant (from 2016-11-01).
 */
class PiisTest {

    /** Isolé born 1990-05-14, request 2025-03-10 (aged 34), decision notified on 2025-03-28. */
    private static TestDossiers applicant(String previousRight) {
        return TestDossiers.granted().set("procedure.notificationDate", "2025-03-28")
                .set("piis.integrationRightInPreviousThreeMonths", previousRight);
    }

    @Test
    void aNewBeneficiaryConcludesAPiisWithinThreeMonthsOfTheNotification() {
        // Notified 2025-03-28 + 3 months = 2025-06-28.
        PiisDecision piis = decide(applicant("false")).piis();
        assertThat(piis.requirement()).isEqualTo(PiisRequirement.REQUIRED);
        assertThat(piis.reason().code()).isEqualTo("PIIS_REQUIRED_NEW_BENEFICIARY");
        assertThat(piis.reason().legalReference().article()).isEqualTo("art. 11, §1");
        assertThat(piis.concludeBy()).isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(piis.missingFacts()).isEmpty();
    }

    @Test
    void theDeadlineWaitsForTheNotification() {
        PiisDecision piis = decide(applicant("false").remove("procedure.notificationDate")).piis();
        assertThat(piis.requirement()).isEqualTo(PiisRequirement.REQUIRED);
        assertThat(piis.concludeBy()).isNull();
        assertThat(piis.missingFacts()).containsExactly("procedure.notificationDate");
    }

    @Test
    void theCpasWaivesItForHealthReasons() {
        PiisDecision piis = decide(applicant("false").set("piis.waived", true).set("piis.waiverReason", "HEALTH")).piis();
        assertThat(piis.requirement()).isEqualTo(PiisRequirement.WAIVED);
        assertThat(piis.reason().code()).isEqualTo("PIIS_WAIVED_HEALTH");
        assertThat(piis.concludeBy()).isNull();
    }

    @Test
    void anApplicantWhoHadTheRightInTheThreeMonthsBeforeAndIs25OrMoreNeedNotConcludeOne() {
        PiisDecision piis = decide(applicant("true")).piis();
        assertThat(piis.requirement()).isEqualTo(PiisRequirement.NOT_REQUIRED);
        assertThat(piis.reason().code()).isEqualTo("PIIS_NOT_REQUIRED_PREVIOUS_RIGHT");
    }

    @Test
    void anApplicantUnder25ConcludesOneWhateverTheRightBefore() {
        // Born 2003-01-01: 22 on 2025-03-10.
        PiisDecision piis = decide(applicant("true").set("applicant.birthDate", "2003-01-01")).piis();
        assertThat(piis.requirement()).isEqualTo(PiisRequirement.REQUIRED);
        assertThat(piis.reason().code()).isEqualTo("PIIS_REQUIRED_UNDER_AGE");
        assertThat(piis.reason().message()).isEqualTo("Le demandeur a 22 ans, moins de 25 ans : un projet individualisé"
                + " d'intégration sociale est obligatoire.");
        assertThat(piis.concludeBy()).isEqualTo(LocalDate.of(2025, 6, 28));
    }

    @Test
    void aFullTimeStudentConcludesOne() {
        PiisDecision piis = decide(applicant("true").setYaml("applicant.studies",
                "{fullTime: true, piisSigned: true, studyGrant: false}")).piis();
        assertThat(piis.requirement()).isEqualTo(PiisRequirement.REQUIRED);
        assertThat(piis.reason().code()).isEqualTo("PIIS_REQUIRED_STUDENT");
    }

    @Test
    void anUnknownPreviousRightIsNamedWithoutChangingTheVerdict() {
        Decision d = decide(TestDossiers.granted());
        assertThat(d.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(d.piis().requirement()).isEqualTo(PiisRequirement.TO_VERIFY);
        assertThat(d.piis().missingFacts()).containsExactly("piis.integrationRightInPreviousThreeMonths");
        assertThat(d.piis().missingFactsText())
                .containsExactly("le droit à l'intégration sociale dans les trois mois précédant la demande");
        assertThat(d.factsToVerify()).isEmpty();
    }

    @Test
    void before1November2016OnlyStudentsAndTheUnder25MustConcludeOne() {
        // 2016-10-31: 26 years old (born 1990-05-14), no right before: not required; born 1995-01-01 (21): required,
        // with no time limit computed (none found before 2016-11-01).
        TestDossiers adult = applicant("false").set("requestDate", "2016-10-31").set("procedure.notificationDate", "2016-11-20");
        assertThat(decide(adult).piis().requirement()).isEqualTo(PiisRequirement.NOT_REQUIRED);
        assertThat(decide(adult).piis().reason().code()).isEqualTo("PIIS_NOT_REQUIRED_BEFORE_GENERAL_OBLIGATION");
        PiisDecision young = decide(adult.set("applicant.birthDate", "1995-01-01")).piis();
        assertThat(young.requirement()).isEqualTo(PiisRequirement.REQUIRED);
        assertThat(young.concludeBy()).isNull();
        assertThat(young.missingFacts()).isEmpty();
    }

    @Test
    void anUnknownAgeIsNamedOnceWhenOnlyTheAgeDecides() {
        // Before 2016-11-01 (and after it for someone with a right in the three months before) only the age decides.
        for (String date : new String[] {"2016-10-31", "2025-03-10"}) {
            Decision d = decide(applicant("true").set("requestDate", date).remove("applicant.birthDate"));
            assertThat(d.verdict()).as(date).isEqualTo(Verdict.INCOMPLETE);  // not refused: the section is there
            assertThat(d.piis().requirement()).as(date).isEqualTo(PiisRequirement.TO_VERIFY);
            assertThat(d.piis().missingFacts()).as(date).containsExactly("applicant.birthDate");
        }
    }

    @Test
    void from1November2016ANewBeneficiaryMustConcludeOne() {
        // 2016-11-01, 26 years old, no right before; notified 2016-11-20 + 3 months = 2017-02-20.
        PiisDecision piis = decide(applicant("false").set("requestDate", "2016-11-01")
                .set("procedure.notificationDate", "2016-11-20")).piis();
        assertThat(piis.requirement()).isEqualTo(PiisRequirement.REQUIRED);
        assertThat(piis.concludeBy()).isEqualTo(LocalDate.of(2017, 2, 20));
    }

    @Test
    void noPiisSectionWhenTheRightIsRefused() {
        assertThat(decide(applicant("false").set("residence.habitualResidenceInBelgium", false)).piis()).isNull();
    }
}
