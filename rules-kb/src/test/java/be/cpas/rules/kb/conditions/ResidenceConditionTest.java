package be.cpas.rules.kb.conditions;

import static be.cpas.rules.kb.EngineFixture.condition;
import static be.cpas.rules.kb.EngineFixture.decide;
import static be.cpas.rules.kb.EngineFixture.reasonCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Verdict;

/** Art 3, 1° L: actual and habitual residence in Belgium. */
class ResidenceConditionTest {

    @Test
    void habitualResidenceInBelgiumMeetsTheCondition() {
        Decision decision = decide(TestDossiers.granted());

        assertThat(condition(decision, "RESIDENCE").outcome()).isEqualTo(Outcome.MET);
        assertThat(condition(decision, "RESIDENCE").legalReference())
                .isEqualTo(new LegalReference(LegalReference.LAW_2002, "art. 3, 1°"));
        assertThat(reasonCodes(decision, "RESIDENCE")).containsExactly("RESIDENCE_HABITUAL");
    }

    @Test
    void homelessPeopleResidingInBelgiumQualify() {
        Decision decision = decide(TestDossiers.granted().set("residence.homeless", true));

        assertThat(condition(decision, "RESIDENCE").outcome()).isEqualTo(Outcome.MET);
        assertThat(reasonCodes(decision, "RESIDENCE")).containsExactly("RESIDENCE_HABITUAL_HOMELESS");
    }

    @Test
    void noHabitualResidenceInBelgiumIsRefused() {
        Decision decision = decide(TestDossiers.granted().set("residence.habitualResidenceInBelgium", false));

        assertThat(condition(decision, "RESIDENCE").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(condition(decision, "RESIDENCE").reasons().get(0).legalReference().article()).isEqualTo("art. 3, 1°");
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void unknownResidenceIsToVerifyNamingTheFact() {
        Decision decision = decide(TestDossiers.granted().remove("residence"));

        assertThat(condition(decision, "RESIDENCE").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "RESIDENCE").missingFacts()).containsExactly("residence.habitualResidenceInBelgium");
        assertThat(decision.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(decision.factsToVerify()).containsExactly("residence.habitualResidenceInBelgium");
    }

    @Test
    void staysAbroadOverFourWeeksSuspendPaymentForTheExcessOnly() {
        Decision decision = decide(TestDossiers.granted().set("residence.daysAbroadThisYear", 40));

        assertThat(condition(decision, "RESIDENCE").outcome()).isEqualTo(Outcome.MET);
        assertThat(decision.notices()).extracting(Notice::code).contains("RESIDENCE_ABROAD_SUSPENSION");
        assertThat(decision.notices()).filteredOn(n -> n.code().equals("RESIDENCE_ABROAD_SUSPENSION"))
                .extracting(Notice::message).singleElement().asString().contains("40 jours").contains("28 jours").contains("12 jours");
    }

    @Test
    void fourWeeksAbroadExactlyRaisesNoSuspension() {
        Decision decision = decide(TestDossiers.granted().set("residence.daysAbroadThisYear", 28));

        assertThat(decision.notices()).extracting(Notice::code).doesNotContain("RESIDENCE_ABROAD_SUSPENSION");
    }
}
