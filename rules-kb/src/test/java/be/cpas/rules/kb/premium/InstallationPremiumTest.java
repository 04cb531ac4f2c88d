package be.cpas.rules.kb.premium;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.TestDossiers;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.InstallationPremiumDecision;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.PremiumRegime;
import be.cpas.rules.model.PreviousSituation;
import be.cpas.rules.model.Reason;
import be.cpas.rules.model.Verdict;

/** The installation premium: five conditions, two regimes, the household rule and the amount. */
class InstallationPremiumTest {

    static final RulesEngine ENGINE = be.cpas.rules.kb.EngineFixture.ENGINE;

    /** Every premium condition met; the RIS request of {@link TestDossiers#GRANTED} is granted, so regime (a). */
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

    /** Regime (a): the RIS is granted by this very decision. */
    static TestDossiers regimeA() {
        return TestDossiers.granted().setYaml("installationPremium", PREMIUM);
    }

    /**
     * Regime (b): the person does not receive the RIS and this decision refuses it (not available for work);
     * no replacement income, a declared monthly income in category 3.
     */
    static TestDossiers regimeB(String monthlyIncome) {
        return regimeA()
                .set("workAvailability.available", false)
                .set("installationPremium.receivesReplacementIncome", false)
                .set("installationPremium.receivesEris", false)
                .set("installationPremium.monthlyIncome", new BigDecimal(monthlyIncome))
                .set("installationPremium.category", "CATEGORY_3");
    }

    static InstallationPremiumDecision premium(TestDossiers dossier) {
        return ENGINE.decide(dossier.build()).installationPremium();
    }

    static ConditionResult condition(InstallationPremiumDecision premium, String id) {
        return premium.conditions().stream().filter(c -> id.equals(c.condition())).findFirst().orElseThrow();
    }

    static void assertCondition(InstallationPremiumDecision premium, String id, Outcome outcome, String reasonCode) {
        ConditionResult result = condition(premium, id);
        assertThat(result.outcome()).as(id).isEqualTo(outcome);
        assertThat(result.reasons()).extracting(Reason::code).containsExactly(reasonCode);
    }

    @Test
    void noPremiumRequestNoSection() {
        Decision decision = ENGINE.decide(TestDossiers.granted().build());
        assertThat(decision.installationPremium()).isNull();
    }

    @Test
    void everyConditionMetUnderRegimeAIsGrantedWithTheAmountAndReferences() {
        InstallationPremiumDecision premium = premium(regimeA());
        assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
        assertThat(premium.regime()).isEqualTo(PremiumRegime.RIS_BENEFICIARY);
        assertThat(premium.regimeReasons()).extracting(Reason::code).containsExactly("PREMIUM_REGIME_A_RIS_GRANTED");
        assertThat(premium.regimeReasons().get(0).legalReference()).isEqualTo(LegalReference.law2002("art. 14, §3"));
        assertThat(premium.amount()).isEqualByComparingTo("1776.07");
        assertThat(premium.conditions()).extracting(ConditionResult::condition).containsExactly("DWELLING_FOUND", "MAIN_RESIDENCE", "HOMELESS_BEFORE", "INCOME", "NEVER_RECEIVED");
        assertThat(premium.conditions()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.MET));
        assertThat(premium.conditions()).allSatisfy(c -> assertThat(c.legalReference()).isEqualTo(LegalReference.organicLaw1976("art. 57bis")));
        assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_RIS");
        assertThat(condition(premium, "INCOME").reasons().get(0).legalReference())
                .isEqualTo(LegalReference.law2002("art. 14, §3"));
        assertThat(premium.factsToVerify()).isEmpty();
        assertThat(ENGINE.decide(regimeA().build()).parametersUsed()).extracting(p -> p.name()).contains("ris.amount.category_3");
    }

    @Nested
    class Dwelling {
        @Test
        void notFound() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.dwellingFound", false));
            assertCondition(premium, "DWELLING_FOUND", Outcome.NOT_MET, "PREMIUM_DWELLING_NOT_FOUND");
            assertThat(premium.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(premium.amount()).isNull();
        }

        @Test
        void movingIntoTransitHousingDoesNotEndHomelessness() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.dwellingIsTransitHousing", true));
            assertCondition(premium, "DWELLING_FOUND", Outcome.NOT_MET, "PREMIUM_DWELLING_TRANSIT_HOUSING");
            assertThat(premium.verdict()).isEqualTo(Verdict.REFUSED);
        }

        @Test
        void unknown() {
            InstallationPremiumDecision premium = premium(regimeA().remove("installationPremium.dwellingFound"));
            assertCondition(premium, "DWELLING_FOUND", Outcome.TO_VERIFY, "PREMIUM_DWELLING_UNKNOWN");
            assertThat(condition(premium, "DWELLING_FOUND").missingFacts()).containsExactly("installationPremium.dwellingFound");
            assertThat(premium.verdict()).isEqualTo(Verdict.INCOMPLETE);
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.dwellingFound");
            assertThat(premium.amount()).isEqualByComparingTo("1776.07");
        }

        @Test
        void transitHousingUnknown() {
            InstallationPremiumDecision premium = premium(regimeA().remove("installationPremium.dwellingIsTransitHousing"));
            assertCondition(premium, "DWELLING_FOUND", Outcome.TO_VERIFY, "PREMIUM_DWELLING_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.dwellingIsTransitHousing");
        }
    }

    @Nested
    class MainResidence {
        @Test
        void met() {
            assertCondition(premium(regimeA()), "MAIN_RESIDENCE", Outcome.MET, "PREMIUM_MAIN_RESIDENCE");
        }

        @Test
        void notMet() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.mainResidence", false));
            assertCondition(premium, "MAIN_RESIDENCE", Outcome.NOT_MET, "PREMIUM_NOT_MAIN_RESIDENCE");
            assertThat(premium.verdict()).isEqualTo(Verdict.REFUSED);
        }

        @Test
        void unknown() {
            InstallationPremiumDecision premium = premium(regimeA().remove("installationPremium.mainResidence"));
            assertCondition(premium, "MAIN_RESIDENCE", Outcome.TO_VERIFY, "PREMIUM_MAIN_RESIDENCE_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.mainResidence");
            assertThat(premium.verdict()).isEqualTo(Verdict.INCOMPLETE);
        }
    }

    @Nested
    class HomelessBefore {
        @ParameterizedTest
        @EnumSource(value = PreviousSituation.class, names = { "STREET", "SQUAT", "RECEPTION_HOME", "TEMPORARILY_HOSTED",
                "HOMELESS_COMMUNITY", "PRISON", "EVICTION", "YOUTH_CARE_LEAVER" })
        void homelessSituationsCountUnderBothRegimes(PreviousSituation situation) {
            assertCondition(premium(regimeA().set("installationPremium.previousSituation", situation.name())),
                    "HOMELESS_BEFORE", Outcome.MET, "PREMIUM_HOMELESS_BEFORE_" + situation.name());
            assertCondition(premium(regimeB("900.00").set("installationPremium.previousSituation", situation.name())),
                    "HOMELESS_BEFORE", Outcome.MET, "PREMIUM_HOMELESS_BEFORE_" + situation.name());
        }

        @Test
        void comingFromTransitHousingCountsBecauseItDoesNotEndHomelessness() {
            InstallationPremiumDecision premium = premium(regimeB("900.00").set("installationPremium.previousSituation", "TRANSIT_HOUSING"));
            assertCondition(premium, "HOMELESS_BEFORE", Outcome.MET, "PREMIUM_HOMELESS_BEFORE_TRANSIT_HOUSING");
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
        }

        @Test
        void permanentCampingCountsUnderRegimeA() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.previousSituation", "PERMANENT_CAMPING"));
            assertCondition(premium, "HOMELESS_BEFORE", Outcome.MET, "PREMIUM_CAMPING_REGIME_A");
            assertThat(condition(premium, "HOMELESS_BEFORE").reasons().get(0).legalReference())
                    .isEqualTo(LegalReference.law2002("art. 14, §3"));
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
        }

        @Test
        void permanentCampingDoesNotCountUnderRegimeB() {
            InstallationPremiumDecision premium = premium(regimeB("900.00").set("installationPremium.previousSituation", "PERMANENT_CAMPING"));
            assertThat(premium.regime()).isEqualTo(PremiumRegime.REPLACEMENT_OR_LOW_INCOME);
            assertCondition(premium, "HOMELESS_BEFORE", Outcome.NOT_MET, "PREMIUM_CAMPING_REGIME_B");
            assertThat(premium.verdict()).isEqualTo(Verdict.REFUSED);
        }

        @Test
        void permanentCampingWhileTheRegimeIsUnknown() {
            InstallationPremiumDecision premium = premium(regimeB("900.00")
                    .set("installationPremium.previousSituation", "PERMANENT_CAMPING")
                    .remove("installationPremium.receivesRis"));
            assertThat(premium.regime()).isNull();
            assertCondition(premium, "HOMELESS_BEFORE", Outcome.TO_VERIFY, "PREMIUM_CAMPING_REGIME_UNKNOWN");
            assertThat(premium.factsToVerify()).contains("installationPremium.receivesRis");
            assertThat(premium.verdict()).isEqualTo(Verdict.INCOMPLETE);
        }

        @Test
        void hadADwelling() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.previousSituation", "HOUSED"));
            assertCondition(premium, "HOMELESS_BEFORE", Outcome.NOT_MET, "PREMIUM_NOT_HOMELESS_BEFORE");
            assertThat(premium.verdict()).isEqualTo(Verdict.REFUSED);
        }

        @Test
        void unknown() {
            InstallationPremiumDecision premium = premium(regimeA().remove("installationPremium.previousSituation"));
            assertCondition(premium, "HOMELESS_BEFORE", Outcome.TO_VERIFY, "PREMIUM_PREVIOUS_SITUATION_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.previousSituation");
        }
    }

    @Nested
    class NeverReceived {
        @Test
        void onceInALifetime() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.premiumReceivedBefore", true));
            assertCondition(premium, "NEVER_RECEIVED", Outcome.NOT_MET, "PREMIUM_ALREADY_RECEIVED");
            assertThat(premium.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(premium.amount()).isNull();
        }

        @Test
        void onceInALifetimeAlsoUnderRegimeB() {
            InstallationPremiumDecision premium = premium(regimeB("900.00").set("installationPremium.premiumReceivedBefore", true));
            assertCondition(premium, "NEVER_RECEIVED", Outcome.NOT_MET, "PREMIUM_ALREADY_RECEIVED");
            assertThat(premium.verdict()).isEqualTo(Verdict.REFUSED);
        }

        @Test
        void met() {
            assertCondition(premium(regimeA()), "NEVER_RECEIVED", Outcome.MET, "PREMIUM_NEVER_RECEIVED");
        }

        @Test
        void unknown() {
            InstallationPremiumDecision premium = premium(regimeA().remove("installationPremium.premiumReceivedBefore"));
            assertCondition(premium, "NEVER_RECEIVED", Outcome.TO_VERIFY, "PREMIUM_RECEIVED_BEFORE_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.premiumReceivedBefore");
            assertThat(premium.verdict()).isEqualTo(Verdict.INCOMPLETE);
        }
    }

    @Nested
    class Regimes {
        @Test
        void regimeAWhenThePersonAlreadyReceivesTheRisEvenIfThisDecisionRefusesIt() {
            InstallationPremiumDecision premium = premium(regimeB("5000.00").set("installationPremium.receivesRis", true));
            assertThat(premium.regime()).isEqualTo(PremiumRegime.RIS_BENEFICIARY);
            assertThat(premium.regimeReasons()).extracting(Reason::code).containsExactly("PREMIUM_REGIME_A_RECEIVES_RIS");
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_RIS");
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
        }

        @Test
        void regimeATakesPriorityOverAReplacementIncome() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.receivesReplacementIncome", true));
            assertThat(premium.regime()).isEqualTo(PremiumRegime.RIS_BENEFICIARY);
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_RIS");
        }

        @Test
        void regimeBWithAReplacementIncome() {
            InstallationPremiumDecision premium = premium(regimeB("5000.00").set("installationPremium.receivesReplacementIncome", true));
            assertThat(premium.regime()).isEqualTo(PremiumRegime.REPLACEMENT_OR_LOW_INCOME);
            assertThat(premium.regimeReasons()).extracting(Reason::code).containsExactly("PREMIUM_REGIME_B");
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_REPLACEMENT");
            assertThat(condition(premium, "INCOME").reasons().get(0).legalReference())
                    .isEqualTo(LegalReference.organicLaw1976("art. 57bis"));
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
            assertThat(premium.amount()).isEqualByComparingTo("1776.07");
        }

        @Test
        void regimeBWithTheEris() {
            InstallationPremiumDecision premium = premium(regimeB("5000.00").set("installationPremium.receivesEris", true));
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_ERIS");
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
        }

        @Test
        void regimeBForAForeignerOnTheErisRoute() {
            InstallationPremiumDecision premium = premium(regimeA()
                    .set("applicant.stayStatus", "FOREIGNERS_REGISTER")
                    .set("installationPremium.receivesEris", true));
            assertThat(premium.regime()).isEqualTo(PremiumRegime.REPLACEMENT_OR_LOW_INCOME);
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_ERIS");
        }

        @Test
        void whetherThePersonReceivesTheRisIsUnknown() {
            InstallationPremiumDecision premium = premium(regimeB("900.00").remove("installationPremium.receivesRis"));
            assertThat(premium.regime()).isNull();
            assertCondition(premium, "INCOME", Outcome.TO_VERIFY, "PREMIUM_REGIME_RIS_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.receivesRis");
            assertThat(premium.verdict()).isEqualTo(Verdict.INCOMPLETE);
        }

        @Test
        void theRisDecidedHereIsIncomplete() {
            InstallationPremiumDecision premium = premium(regimeA().remove("workAvailability"));
            assertThat(premium.regime()).isNull();
            assertCondition(premium, "INCOME", Outcome.TO_VERIFY, "PREMIUM_REGIME_AWAITS_RIS_DECISION");
            assertThat(premium.verdict()).isEqualTo(Verdict.INCOMPLETE);
        }
    }

    @Nested
    class IncomeRegimeB {
        @ParameterizedTest(name = "{0}: income {1} -> {2}")
        @CsvSource({
                "2008-09-01, 1043.61, MET, PREMIUM_INCOME_LOW",
                "2008-09-01, 1043.62, NOT_MET, PREMIUM_INCOME_TOO_HIGH",
                "2025-02-01, 1953.68, MET, PREMIUM_INCOME_LOW",
                "2025-02-01, 1953.69, NOT_MET, PREMIUM_INCOME_TOO_HIGH" })
        void ceilingIsTheMonthlyRisOfTheCategoryPlusTenPercent(String date, String income, Outcome outcome, String code) {
            InstallationPremiumDecision premium = premium(regimeB(income).set("requestDate", date));
            assertThat(premium.regime()).isEqualTo(PremiumRegime.REPLACEMENT_OR_LOW_INCOME);
            assertCondition(premium, "INCOME", outcome, code);
            assertThat(premium.verdict()).isEqualTo(outcome == Outcome.MET ? Verdict.GRANTED : Verdict.REFUSED);
        }

        @Test
        void theSeedThresholdOf2008IsStatedInTheReason() {
            InstallationPremiumDecision premium = premium(regimeB("1043.61").set("requestDate", "2008-09-01"));
            Reason reason = condition(premium, "INCOME").reasons().get(0);
            assertThat(reason.message()).isEqualTo(
                    "Revenu mensuel de 1\u00a0043,61 € : pas plus que le revenu d'intégration de sa catégorie (948,74 €) majoré de 10 %, soit 1\u00a0043,61 €.");
            assertThat(reason.legalReference()).isEqualTo(LegalReference.instrument(LegalReference.ROYAL_DECREE_2004_PREMIUM));
            assertThat(ENGINE.decide(regimeB("1043.61").set("requestDate", "2008-09-01").build()).parametersUsed())
                    .extracting(p -> p.name()).contains("ris.amount.category_3", "premium.income_margin");
        }

        @Test
        void theCeilingFollowsTheCategory() {
            // 2025-02-01, category 2: 15 770,41 / 12 = 1 314,20; x 1,10 = 1 445,62.
            InstallationPremiumDecision met = premium(regimeB("1445.62").set("installationPremium.category", "CATEGORY_2"));
            assertCondition(met, "INCOME", Outcome.MET, "PREMIUM_INCOME_LOW");
            InstallationPremiumDecision notMet = premium(regimeB("1445.63").set("installationPremium.category", "CATEGORY_2"));
            assertCondition(notMet, "INCOME", Outcome.NOT_MET, "PREMIUM_INCOME_TOO_HIGH");
        }

        @Test
        void withoutADeclaredIncomeTheResourcesCountedByTheRisRulesAreCompared() {
            // 2025-03-10, isolé: wages 800/month -> 9 600 - 250 general exemption = 9 350/yr = 779,17/month <= 1 445,62.
            TestDossiers dossier = regimeB("0").remove("installationPremium.monthlyIncome").remove("installationPremium.category")
                    .add("resources", "{type: WAGES, netAmount: 800.00, periodicity: MONTHLY, startedWhileOnRis: false}");
            InstallationPremiumDecision premium = premium(dossier);
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_LOW");
            assertThat(condition(premium, "INCOME").reasons().get(0).message())
                    .contains("779,17").contains("1\u00a0314,20").contains("1\u00a0445,62");
        }

        @Test
        void computedResourcesAboveTheCeilingAreRefused() {
            // Wages 1 500/month = 18 000/yr: at or above the cat 2 amount, no general exemption; 1 500,00 > 1 445,62.
            TestDossiers dossier = regimeB("0").remove("installationPremium.monthlyIncome").remove("installationPremium.category")
                    .add("resources", "{type: WAGES, netAmount: 1500.00, periodicity: MONTHLY, startedWhileOnRis: false}");
            assertCondition(premium(dossier), "INCOME", Outcome.NOT_MET, "PREMIUM_INCOME_TOO_HIGH");
        }

        @Test
        void withoutADeclaredCategoryTheCategoryOfTheRisRulesIsUsed() {
            // Declared 1 445,62/month, category computed: isolé (cat 2) -> ceiling 1 445,62.
            InstallationPremiumDecision premium = premium(regimeB("1445.62").remove("installationPremium.category"));
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_LOW");
            InstallationPremiumDecision above = premium(regimeB("1445.63").remove("installationPremium.category"));
            assertCondition(above, "INCOME", Outcome.NOT_MET, "PREMIUM_INCOME_TOO_HIGH");
        }

        @Test
        void incomeUnknown() {
            // No declared income, and the RIS rules cannot count the resources (capital unknown).
            InstallationPremiumDecision premium = premium(regimeB("900.00").remove("installationPremium.monthlyIncome")
                    .remove("installationPremium.receivesEris").remove("capital"));
            assertCondition(premium, "INCOME", Outcome.TO_VERIFY, "PREMIUM_INCOME_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.receivesEris", "installationPremium.monthlyIncome");
        }

        @Test
        void categoryUnknown() {
            // Not declared, and the RIS rules cannot tell the category (household unknown).
            InstallationPremiumDecision premium = premium(regimeB("900.00").remove("installationPremium.category").remove("household"));
            assertCondition(premium, "INCOME", Outcome.TO_VERIFY, "PREMIUM_INCOME_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.category");
        }

        @Test
        void incomeAboveTheCeilingButReplacementIncomeUnknown() {
            InstallationPremiumDecision premium = premium(regimeB("5000.00").remove("installationPremium.receivesReplacementIncome"));
            assertCondition(premium, "INCOME", Outcome.TO_VERIFY, "PREMIUM_INCOME_REPLACEMENT_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.receivesReplacementIncome");
        }

        @Test
        void incomeBelowTheCeilingIsEnoughEvenIfReplacementIncomeUnknown() {
            InstallationPremiumDecision premium = premium(regimeB("900.00").remove("installationPremium.receivesReplacementIncome"));
            assertCondition(premium, "INCOME", Outcome.MET, "PREMIUM_INCOME_LOW");
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
        }
    }

    @Nested
    class Household {
        @Test
        void regimeBTwoHomelessPeopleSettlingTogetherGetOnePremium() {
            InstallationPremiumDecision premium = premium(regimeB("900.00").set("installationPremium.settlingWithAnotherHomelessPerson", true));
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
            assertThat(premium.household().code()).isEqualTo("PREMIUM_ONE_FOR_HOUSEHOLD");
            assertThat(premium.household().message()).contains("une seule prime").contains("une fois pour le ménage");
            assertThat(premium.amount()).isEqualByComparingTo("1776.07");
        }

        @Test
        void regimeAIsIndividualEvenWhenSettlingTogether() {
            InstallationPremiumDecision premium = premium(regimeA().set("installationPremium.settlingWithAnotherHomelessPerson", true));
            assertThat(premium.household().code()).isEqualTo("PREMIUM_INDIVIDUAL_REGIME_A");
            assertThat(premium.household().legalReference()).isEqualTo(LegalReference.law2002("art. 14, §3"));
        }

        @Test
        void alone() {
            assertThat(premium(regimeB("900.00")).household().code()).isEqualTo("PREMIUM_INDIVIDUAL");
        }

        @Test
        void unknownUnderRegimeBIsAFactToVerify() {
            InstallationPremiumDecision premium = premium(regimeB("900.00").remove("installationPremium.settlingWithAnotherHomelessPerson"));
            assertThat(premium.household().code()).isEqualTo("PREMIUM_HOUSEHOLD_UNKNOWN");
            assertThat(premium.factsToVerify()).containsExactly("installationPremium.settlingWithAnotherHomelessPerson");
        }

        @Test
        void unknownUnderRegimeADoesNotMatter() {
            InstallationPremiumDecision premium = premium(regimeA().remove("installationPremium.settlingWithAnotherHomelessPerson"));
            assertThat(premium.household().code()).isEqualTo("PREMIUM_INDIVIDUAL_REGIME_A");
            assertThat(premium.factsToVerify()).isEmpty();
        }
    }

    @Nested
    class Amount {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "2008-09-01, 948.74",   // 11 384,91 / 12
                "2013-09-01, 1089.82",  // 13 077,84 / 12
                "2025-02-01, 1776.07" }) // 21 312,87 / 12
        void oneMonthOfTheCategory3RisAtTheRequestDate(String date, String amount) {
            InstallationPremiumDecision premium = premium(regimeA().set("requestDate", date));
            assertThat(premium.verdict()).isEqualTo(Verdict.GRANTED);
            assertThat(premium.amount()).isEqualByComparingTo(amount);
        }

    }

    @Test
    void dutchTexts() {
        Decision decision = ENGINE.decide(regimeB("900.00").set("installationPremium.settlingWithAnotherHomelessPerson", true).build(),
                Locale.forLanguageTag("nl"));
        assertThat(decision.installationPremium().household().message())
                .isEqualTo("Twee daklozen die samen één huishouden vormen krijgen één premie: ze wordt één keer voor het huishouden toegekend.");
    }
}
