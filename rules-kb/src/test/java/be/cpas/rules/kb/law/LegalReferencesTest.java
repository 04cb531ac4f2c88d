package be.cpas.rules.kb.law;

import static be.cpas.rules.kb.EngineFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.CompetentCpasResult;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Deadline;
import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.InstallationPremiumDecision;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.PremiumRegime;

/**
 * Each legal reference the decision gives, pinned to the article of the official text: the six conditions (art. 3
 * L), the deadlines (art. 21, §1 and §4, art. 47, §1, art. 18, §4 L), the competent CPAS (art. 1, 1° and art. 2,
 * §1, §5, §6, §7 of the loi du 2 avril 1965), the short-stay route and the installation premium regimes (art. 14, §3
 * L; art. 57bis LO). A wrong article fails here.
 */
class LegalReferencesTest {

    @Test
    void theSixConditionsOfArticle3() {
        Decision d = decide(TestDossiers.granted());
        assertThat(d.conditions()).extracting(ConditionResult::condition, c -> c.legalReference().article()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RESIDENCE", "art. 3, 1°"),
                org.assertj.core.groups.Tuple.tuple("AGE", "art. 3, 2° et art. 7"),
                org.assertj.core.groups.Tuple.tuple("NATIONALITY", "art. 3, 3°"),
                org.assertj.core.groups.Tuple.tuple("RESOURCES", "art. 3, 4° et art. 16"),
                org.assertj.core.groups.Tuple.tuple("WORK_AVAILABILITY", "art. 3, 5°"),
                org.assertj.core.groups.Tuple.tuple("OTHER_RIGHTS", "art. 3, 6° et art. 4"));
        assertThat(d.conditions()).allSatisfy(c -> assertThat(c.legalReference().instrument()).isEqualTo(LegalReference.LAW_2002));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "DECISION_DUE                 | art. 21, §1",
            "NOTIFICATION_DUE             | art. 21, §4",
            "APPEAL_UNTIL                 | art. 47, §1",
            "APPEAL_WITHOUT_DECISION_FROM | art. 47, §1",
            "FORWARD_IF_INCOMPETENT       | art. 18, §4" })
    void eachDeadline(DeadlineKind kind, String article) {
        List<Deadline> deadlines = decide(TestDossiers.granted()).deadlines();
        Deadline deadline = deadlines.stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        assertThat(deadline.legalReference()).isEqualTo(LegalReference.law2002(article));
    }

    @ParameterizedTest(name = "{0}: art. {1}")
    @CsvSource(delimiter = '|', value = {
            "BELGIAN              | false | false | false | art. 1, 1°",
            "BELGIAN              | false | true  | false | art. 2, §1",
            "BELGIAN              | false | false | true  | art. 2, §7",
            "BELGIAN              | true  | true  | true  | art. 2, §6",
            "ASYLUM_SEEKER        | true  | true  | true  | art. 2, §5",
            "TEMPORARY_PROTECTION | false | false | false | art. 2, §5" })
    void theCompetentCpasAndTheOrderOfPrecedence(String stayStatus, boolean student, boolean inEstablishment, boolean homeless,
                                                 String article) {
        CompetentCpasResult result = decide(TestDossiers.granted()
                .set("applicant.stayStatus", stayStatus)
                .set("applicant.studies.fullTime", student)
                .set("residence.homeless", homeless)
                .setYaml("competence", """
                        habitualResidenceCommune: Liège
                        inEstablishment: %s
                        mainResidenceCommuneAtAdmission: Namur
                        registrationCommuneAtRequest: Ottignies-Louvain-la-Neuve
                        communeWhereHomelessPersonIs: Bruxelles
                        asylumSeekerRegistrationCommune: Arlon
                        """.formatted(inEstablishment))).competentCpas();
        assertThat(result.reasons().get(0).legalReference()).isEqualTo(LegalReference.law1965(article));
    }

    @Test
    void aShortStayIsOutsideTheCategoriesOfArticle3NotAnIrregularStay() {
        Decision d = decide(TestDossiers.granted().set("applicant.stayStatus", "SHORT_STAY"));
        assertThat(d.route().reason().legalReference()).isEqualTo(LegalReference.law2002("art. 3, 3°"));
        Decision irregular = decide(TestDossiers.granted().set("applicant.stayStatus", "IRREGULAR_STAY"));
        assertThat(irregular.route().reason().legalReference()).isEqualTo(LegalReference.organicLaw1976("art. 57, §2"));
    }

    static final String PREMIUM = """
            dwellingFound: true
            dwellingIsTransitHousing: false
            mainResidence: true
            previousSituation: STREET
            receivesRis: false
            premiumReceivedBefore: false
            settlingWithAnotherHomelessPerson: false
            movingInDate: 2025-03-01
            """;

    @Test
    void theInstallationPremiumRegimeAIsArticle14Paragraph3OfTheLaw() {
        InstallationPremiumDecision premium = decide(TestDossiers.granted().setYaml("installationPremium", PREMIUM)).installationPremium();
        assertThat(premium.regime()).isEqualTo(PremiumRegime.RIS_BENEFICIARY);
        assertThat(premium.regimeReasons()).extracting(r -> r.legalReference()).containsExactly(LegalReference.law2002("art. 14, §3"));
    }

    @Test
    void theInstallationPremiumRegimeBIsArticle57bisOfTheOrganicLaw() {
        InstallationPremiumDecision premium = decide(TestDossiers.granted().setYaml("installationPremium", PREMIUM)
                .set("workAvailability.available", false)
                .set("installationPremium.receivesReplacementIncome", false)
                .set("installationPremium.receivesEris", false)
                .set("installationPremium.monthlyIncome", "900.00")
                .set("installationPremium.category", "CATEGORY_3")).installationPremium();
        assertThat(premium.regime()).isEqualTo(PremiumRegime.REPLACEMENT_OR_LOW_INCOME);
        assertThat(premium.regimeReasons()).extracting(r -> r.legalReference()).containsExactly(LegalReference.organicLaw1976("art. 57bis"));
    }
}
