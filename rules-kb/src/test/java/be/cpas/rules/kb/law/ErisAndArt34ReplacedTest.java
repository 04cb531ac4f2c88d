package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Category;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * Social aid (ERIS) has no age condition; art 34 AR replaced on 2026-03-01 with a text not known: a decision from
 * that date involving a cohabitant other than a partner, a parent or a child says so.
 */
class ErisAndArt34ReplacedTest {

    private static final String NOTICE = "NEW_ART34_TEXT_UNKNOWN";

    private static boolean hasNotice(Decision decision) {
        return decision.notices().stream().map(Notice::code).anyMatch(NOTICE::equals);
    }

    @Test
    void aMinorInTheForeignersRegisterGetsTheEquivalentSocialAid() {
        // 17 years old on 2025-03-10, no exception of art 7 L; isolé: 15 770,41 / 12 = 1 314,20
        Decision decision = decide(TestDossiers.granted().set("applicant.birthDate", "2007-03-11")
                .set("applicant.stayStatus", "FOREIGNERS_REGISTER"));

        assertThat(decision.route().route()).isEqualTo(Route.ERIS);
        assertThat(decision.route().conditionsNotRequired()).containsExactlyInAnyOrder("NATIONALITY", "AGE");
        assertThat(decision.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(decision.amount().monthly()).isEqualByComparingTo("1314.20");
    }

    @Test
    void theSameMinorOnTheRisRouteIsRefused() {
        Decision decision = decide(TestDossiers.granted().set("applicant.birthDate", "2007-03-11"));

        assertThat(decision.route().route()).isEqualTo(Route.RIS);
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
    }

    private static TestDossiers livingWithAGrandparent(String date) {
        return TestDossiers.granted().set("requestDate", date).add("household", """
                {relation: GRANDPARENT, birthDate: 1945-01-01, settlesHouseholdMattersInCommon: true,
                 resources: [{type: PENSION, netAmount: 1800, periodicity: MONTHLY}]}""");
    }

    @Test
    void beforeTheReplacementAGrandparentsPensionIsNeverCountedAndNothingIsSaid() {
        // 2026-02-27, amounts of 2025-02-01: cat 1 10 513,60 / 12 = 876,13; pension of a grandparent not counted
        Decision decision = decide(livingWithAGrandparent("2026-02-27"));

        assertThat(decision.category().category()).isEqualTo(Category.CATEGORY_1);
        assertThat(decision.amount().monthly()).isEqualByComparingTo("876.13");
        assertThat(hasNotice(decision)).isFalse();
    }

    @Test
    void fromTheReplacementTheDecisionSaysTheNewTextIsUnknown() {
        // 2026-03-02, amounts of 2026-03-01: cat 1 10 723,75 / 12 = 893,6458 -> 893,65; old rule kept, notice added
        Decision decision = decide(livingWithAGrandparent("2026-03-02"));

        assertThat(decision.category().category()).isEqualTo(Category.CATEGORY_1);
        assertThat(decision.amount().monthly()).isEqualByComparingTo("893.65");
        assertThat(hasNotice(decision)).isTrue();
        assertThat(decision.notices().stream().filter(n -> n.code().equals(NOTICE)).findFirst().orElseThrow().message())
                .contains("1er mars 2026");
    }

    @Test
    void fromTheReplacementAPartnerAloneNeedsNoNotice() {
        // partner without resources, 2026-03-02: cat 1, 893,65
        Decision decision = decide(TestDossiers.granted().set("requestDate", "2026-03-02")
                .add("household", "{relation: PARTNER, birthDate: 1990-01-01, resources: []}"));

        assertThat(decision.amount().monthly()).isEqualByComparingTo("893.65");
        assertThat(hasNotice(decision)).isFalse();
    }
}
