package be.cpas.rules.kb.conditions;

import static be.cpas.rules.kb.EngineFixture.condition;
import static be.cpas.rules.kb.EngineFixture.decide;
import static be.cpas.rules.kb.EngineFixture.reasonCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;

/** Art 3, 5° L: availability for work, unless health or equity reasons; students through a PIIS (art 11, §2). */
class WorkAvailabilityConditionTest {

    @Test
    void availableForWorkMeetsIt() {
        Decision decision = decide(TestDossiers.granted());

        assertThat(condition(decision, "WORK_AVAILABILITY").outcome()).isEqualTo(Outcome.MET);
        assertThat(condition(decision, "WORK_AVAILABILITY").legalReference().article()).isEqualTo("art. 3, 5°");
        assertThat(reasonCodes(decision, "WORK_AVAILABILITY")).containsExactly("WORK_AVAILABLE");
    }

    @ParameterizedTest(name = "{0}, accepted by the CPAS: {1} -> {2}")
    @CsvSource({
            "HEALTH, true,  MET,       WORK_EXEMPT_HEALTH",
            "EQUITY, true,  MET,       WORK_EXEMPT_EQUITY",
            "HEALTH, false, NOT_MET,   WORK_REASON_REFUSED_HEALTH",
            "EQUITY, false, NOT_MET,   WORK_REASON_REFUSED_EQUITY",
            "HEALTH,      , TO_VERIFY, WORK_REASON_TO_JUDGE_HEALTH",
            "EQUITY,      , TO_VERIFY, WORK_REASON_TO_JUDGE_EQUITY",
    })
    void healthAndEquityReasonsAreForTheCpasToJudge(String reason, Boolean accepted, Outcome outcome, String code) {
        TestDossiers dossier = TestDossiers.granted().set("workAvailability.available", false).set("workAvailability.reason", reason);
        if (accepted != null) {
            dossier.set("workAvailability.reasonAcceptedByCpas", accepted);
        }
        Decision decision = decide(dossier);

        assertThat(condition(decision, "WORK_AVAILABILITY").outcome()).isEqualTo(outcome);
        assertThat(reasonCodes(decision, "WORK_AVAILABILITY")).containsExactly(code);
        if (outcome == Outcome.TO_VERIFY) {
            assertThat(condition(decision, "WORK_AVAILABILITY").missingFacts()).containsExactly("workAvailability.reasonAcceptedByCpas");
        }
    }

    @Test
    void aFullTimeStudentWithAPiisMeetsItThroughTheProject() {
        Decision decision = decide(TestDossiers.granted().set("workAvailability.available", false)
                .set("workAvailability.reason", "FULL_TIME_STUDIES")
                .set("applicant.studies.fullTime", true).set("applicant.studies.piisSigned", true));

        assertThat(condition(decision, "WORK_AVAILABILITY").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "WORK_AVAILABILITY")).containsExactly("WORK_STUDENT_WITH_PIIS");
        assertThat(condition(decision, "WORK_AVAILABILITY").reasons().get(0).legalReference().article())
                .isEqualTo("art. 3, 5° et art. 11, §2");
    }

    @Test
    void aStudentWithoutAPiisDoesNotMeetIt() {
        Decision decision = decide(TestDossiers.granted().set("workAvailability.available", false)
                .set("workAvailability.reason", "FULL_TIME_STUDIES")
                .set("applicant.studies.fullTime", true).set("applicant.studies.piisSigned", false));

        assertThat(condition(decision, "WORK_AVAILABILITY").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "WORK_AVAILABILITY")).containsExactly("WORK_STUDENT_WITHOUT_PIIS");
    }

    @Test
    void aStudentWhosePiisIsUnknownIsToVerify() {
        Decision decision = decide(TestDossiers.granted().set("workAvailability.available", false)
                .set("workAvailability.reason", "FULL_TIME_STUDIES").set("applicant.studies.fullTime", true));

        assertThat(condition(decision, "WORK_AVAILABILITY").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "WORK_AVAILABILITY").missingFacts()).containsExactly("applicant.studies.piisSigned");
    }

    @Test
    void notAvailableWithoutAReasonIsRefused() {
        Decision decision = decide(TestDossiers.granted().set("workAvailability.available", false));

        assertThat(condition(decision, "WORK_AVAILABILITY").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "WORK_AVAILABILITY")).containsExactly("WORK_NOT_AVAILABLE");
    }

    @Test
    void unknownAvailabilityIsToVerify() {
        Decision decision = decide(TestDossiers.granted().remove("workAvailability"));

        assertThat(condition(decision, "WORK_AVAILABILITY").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "WORK_AVAILABILITY").missingFacts()).containsExactly("workAvailability.available");
    }
}
