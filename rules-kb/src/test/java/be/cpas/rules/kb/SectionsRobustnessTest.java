package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.PreviousSituation;
import be.cpas.rules.model.StayStatus;
import be.cpas.rules.model.Verdict;

/**
 * Thousands of seeded random combinations of the facts of the installation premium, the competent CPAS and the
 * procedure, over RIS dossiers that are granted, refused or incomplete: every decision is whole (one verdict per
 * section, no rule conflict) and a premium is never granted with a condition that is not met.
 */
class SectionsRobustnessTest {

    private static final long SEED = 20251123L;
    private static final int CASES = 3000;

    @Test
    void everyCombinationOfPremiumCompetenceAndProcedureFactsGivesAWholeDecision() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            TestDossiers dossier = randomDossier(random);
            assertThatCode(() -> check(EngineFixture.ENGINE.decide(dossier.build())))
                    .as("case %d of seed %d", i, SEED).doesNotThrowAnyException();
        }
    }

    private static void check(Decision decision) {
        assertThat(decision.verdict()).isNotNull();
        if (decision.installationPremium() != null) {
            assertThat(decision.installationPremium().verdict()).isNotNull();
            if (decision.installationPremium().verdict() == Verdict.GRANTED) {
                assertThat(decision.installationPremium().conditions()).allMatch(c -> c.outcome() == Outcome.MET);
                assertThat(decision.installationPremium().amount()).isPositive();
            }
            if (decision.installationPremium().conditions().stream().anyMatch(c -> c.outcome() == Outcome.NOT_MET)) {
                assertThat(decision.installationPremium().verdict()).isEqualTo(Verdict.REFUSED);
            }
        }
        if (decision.competentCpas() != null) {
            assertThat(decision.competentCpas().status()).isNotNull();
        }
        assertThat(decision.deadlines()).isNotEmpty();
    }

    private static TestDossiers randomDossier(Random random) {
        TestDossiers dossier = TestDossiers.granted()
                .set("requestDate", LocalDate.of(2005, 8, 1).plusDays(random.nextInt(7500)).toString());
        switch (random.nextInt(4)) {
            case 0 -> dossier.set("workAvailability.available", false);
            case 1 -> dossier.remove("otherRights");
            case 2 -> dossier.set("applicant.stayStatus", pick(random, StayStatus.values()).name());
            default -> { }
        }
        if (random.nextInt(5) > 0) {
            dossier.set("installationPremium.dwellingFound", flag(random))
                    .set("installationPremium.dwellingIsTransitHousing", flag(random))
                    .set("installationPremium.mainResidence", flag(random))
                    .set("installationPremium.previousSituation", random.nextInt(8) == 0 ? null : pick(random, PreviousSituation.values()).name())
                    .set("installationPremium.receivesRis", flag(random))
                    .set("installationPremium.receivesReplacementIncome", flag(random))
                    .set("installationPremium.receivesEris", flag(random))
                    .set("installationPremium.monthlyIncome", random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(300000), 2))
                    .set("installationPremium.category", random.nextBoolean() ? null : "CATEGORY_" + (1 + random.nextInt(3)))
                    .set("installationPremium.premiumReceivedBefore", flag(random))
                    .set("installationPremium.settlingWithAnotherHomelessPerson", flag(random));
        }
        if (random.nextInt(3) > 0) {
            dossier.set("competence.habitualResidenceCommune", random.nextBoolean() ? "Liège" : null)
                    .set("competence.inEstablishment", flag(random))
                    .set("competence.mainResidenceCommuneAtAdmission", random.nextBoolean() ? "Namur" : null)
                    .set("competence.registrationCommuneAtRequest", random.nextBoolean() ? "Louvain-la-Neuve" : null)
                    .set("competence.communeWhereHomelessPersonIs", random.nextBoolean() ? "Bruxelles" : null)
                    .set("competence.referenceAddressCommune", random.nextBoolean() ? "Schaerbeek" : null)
                    .set("residence.homeless", flag(random))
                    .set("applicant.studies.fullTime", flag(random));
        }
        if (random.nextBoolean()) {
            String request = dossier.build().requestDate().toString();
            LocalDate decided = LocalDate.parse(request).plusDays(random.nextInt(60));
            dossier.set("procedure.decisionDate", random.nextBoolean() ? decided.toString() : null)
                    .set("procedure.notificationDate", random.nextBoolean() ? decided.plusDays(random.nextInt(20)).toString() : null);
        }
        return dossier;
    }

    private static Boolean flag(Random random) {
        int draw = random.nextInt(3);
        return draw == 0 ? null : draw == 1;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
