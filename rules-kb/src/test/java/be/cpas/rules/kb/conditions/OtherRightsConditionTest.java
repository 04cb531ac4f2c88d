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

/** Art 3, 6° L (the RIS is residual) and art 4 L (action against maintenance debtors). */
class OtherRightsConditionTest {

    @Test
    void otherRightsClaimedMeetsIt() {
        Decision decision = decide(TestDossiers.granted());

        assertThat(condition(decision, "OTHER_RIGHTS").outcome()).isEqualTo(Outcome.MET);
        assertThat(condition(decision, "OTHER_RIGHTS").legalReference().article()).isEqualTo("art. 3, 6° et art. 4");
        assertThat(reasonCodes(decision, "OTHER_RIGHTS")).containsExactly("OTHER_RIGHTS_CLAIMED");
    }

    @Test
    void otherRightsNotClaimedIsRefused() {
        Decision decision = decide(TestDossiers.granted().set("otherRights.allBenefitsClaimed", false));

        assertThat(condition(decision, "OTHER_RIGHTS").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "OTHER_RIGHTS")).containsExactly("OTHER_RIGHTS_NOT_CLAIMED");
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void maintenanceDebtorsNotPursuedWhenRequiredIsRefusedUnderArticle4() {
        Decision decision = decide(TestDossiers.granted().set("otherRights.maintenanceClaimRequired", true)
                .set("otherRights.maintenanceClaimed", false));

        assertThat(condition(decision, "OTHER_RIGHTS").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(reasonCodes(decision, "OTHER_RIGHTS")).containsExactly("MAINTENANCE_NOT_CLAIMED");
        assertThat(condition(decision, "OTHER_RIGHTS").reasons().get(0).legalReference().article()).isEqualTo("art. 4");
    }

    @Test
    void bothFailuresAreGivenAsReasons() {
        Decision decision = decide(TestDossiers.granted().set("otherRights.allBenefitsClaimed", false)
                .set("otherRights.maintenanceClaimRequired", true).set("otherRights.maintenanceClaimed", false));

        assertThat(reasonCodes(decision, "OTHER_RIGHTS")).containsExactly("MAINTENANCE_NOT_CLAIMED", "OTHER_RIGHTS_NOT_CLAIMED");
    }

    @Test
    void aRefusalOutweighsAFactToVerifyInTheSameCondition() {
        Decision decision = decide(TestDossiers.granted().set("otherRights.allBenefitsClaimed", false)
                .set("otherRights.maintenanceClaimRequired", true));

        assertThat(condition(decision, "OTHER_RIGHTS").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(condition(decision, "OTHER_RIGHTS").missingFacts()).isEmpty();
    }

    @Test
    void unknownOtherRightsAreToVerify() {
        Decision decision = decide(TestDossiers.granted().remove("otherRights"));

        assertThat(condition(decision, "OTHER_RIGHTS").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "OTHER_RIGHTS").missingFacts()).containsExactly("otherRights.allBenefitsClaimed");
    }

    @Test
    void anUnknownMaintenanceClaimIsToVerifyWhenTheCpasRequiresIt() {
        Decision decision = decide(TestDossiers.granted().set("otherRights.maintenanceClaimRequired", true));

        assertThat(condition(decision, "OTHER_RIGHTS").outcome()).isEqualTo(Outcome.TO_VERIFY);
        assertThat(condition(decision, "OTHER_RIGHTS").missingFacts()).containsExactly("otherRights.maintenanceClaimed");
    }
}
