package be.cpas.rules.kb.conditions;

import static be.cpas.rules.kb.EngineFixture.condition;
import static be.cpas.rules.kb.EngineFixture.decide;
import static be.cpas.rules.kb.EngineFixture.reasonCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Verdict;

/** Art 3, 2° and art 7 L: of age, or a minor in one of the three exceptions; extended minority counts as of age. */
class AgeConditionTest {

    /** 17 years old on the request date 2025-03-10, with every exception ruled out. */
    private static TestDossiers minor() {
        return TestDossiers.granted().set("applicant.birthDate", "2007-03-11");
    }

    @Test
    void eighteenOnTheDayOfTheRequestIsOfAge() {
        Decision decision = decide(TestDossiers.granted().set("applicant.birthDate", "2007-03-10"));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "AGE")).containsExactly("AGE_ADULT");
        assertThat(condition(decision, "AGE").reasons().get(0).message()).contains("18 ans");
        assertThat(condition(decision, "AGE").reasons().get(0).legalReference().article()).isEqualTo("art. 3, 2°");
    }

    @Test
    void aMinorWithoutAnyExceptionIsRefused() {
        Decision decision = decide(minor());

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "AGE")).containsExactly("AGE_MINOR_NO_EXCEPTION");
        assertThat(condition(decision, "AGE").reasons().get(0).message()).contains("17 ans");
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void aMinorEmancipatedByMarriageIsAssimilated() {
        Decision decision = decide(minor().set("applicant.emancipatedByMarriage", true).set("applicant.maritalStatus", "MARRIED"));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "AGE")).containsExactly("AGE_MINOR_EMANCIPATED");
        assertThat(condition(decision, "AGE").reasons().get(0).legalReference().article()).isEqualTo("art. 7, 1°");
    }

    @Test
    void aSingleMinorWithAChildInChargeIsAssimilated() {
        Decision decision = decide(minor().set("applicant.childrenInCharge", 1));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "AGE")).containsExactly("AGE_MINOR_SINGLE_WITH_CHILD");
        assertThat(condition(decision, "AGE").reasons().get(0).legalReference().article()).isEqualTo("art. 7, 2°");
    }

    @Test
    void aMarriedMinorWithAChildIsNotASingleMinorWithAChild() {
        Decision decision = decide(minor().set("applicant.childrenInCharge", 1).set("applicant.maritalStatus", "MARRIED"));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aPregnantMinorIsAssimilated() {
        Decision decision = decide(minor().set("applicant.pregnant", true));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "AGE")).containsExactly("AGE_MINOR_PREGNANT");
        assertThat(condition(decision, "AGE").reasons().get(0).legalReference().article()).isEqualTo("art. 7, 3°");
    }

    @Test
    void twoExceptionsAtOnceStillMeetTheConditionWithBothReasons() {
        Decision decision = decide(minor().set("applicant.pregnant", true).set("applicant.childrenInCharge", 1));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "AGE")).containsExactlyInAnyOrder("AGE_MINOR_PREGNANT", "AGE_MINOR_SINGLE_WITH_CHILD");
    }

    @Test
    void extendedMinorityCountsAsOfAge() {
        Decision decision = decide(TestDossiers.granted().set("applicant.extendedMinority", true));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "AGE")).containsExactly("AGE_EXTENDED_MINORITY");
    }

    @Test
    void anUnknownBirthDateIsToVerify() {
        Decision decision = decide(TestDossiers.granted().remove("applicant.birthDate"));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "AGE").missingFacts()).containsExactly("applicant.birthDate");
        assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void aMinorWhoseExceptionsAreUnknownIsToVerifyNamingEachUnknownFact() {
        Decision decision = decide(minor().remove("applicant.pregnant").remove("applicant.emancipatedByMarriage"));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "AGE").missingFacts())
                .containsExactly("applicant.emancipatedByMarriage", "applicant.pregnant");
    }

    @Test
    void aKnownExceptionWinsOverUnknownOnes() {
        Decision decision = decide(minor().set("applicant.pregnant", true).remove("applicant.emancipatedByMarriage"));

        assertThat(condition(decision, "AGE").outcome()).isEqualTo(Outcome.MET);
        assertThat(condition(decision, "AGE").missingFacts()).isEmpty();
    }
}
