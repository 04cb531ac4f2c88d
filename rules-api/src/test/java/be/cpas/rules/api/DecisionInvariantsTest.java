package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Resource;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * Invariants of every decision, on generated valid dossiers (seeded: the same dossiers on every run,
 * so a failure names its case and replays).
 */
class DecisionInvariantsTest {

    private static final RulesEngine ENGINE = RulesEngine.fromClasspath();
    private static final long SEED = 20250310L;
    private static final int DOSSIERS = 2500;
    private static final int PAIRS = 1500;

    static Stream<Dossier> dossiers() {
        return DossierProperties.dossiers(SEED, DOSSIERS);
    }

    /** A dossier and one more counted resource. */
    static Stream<Arguments> dossiersWithOneMoreResource() {
        DossierProperties draw = new DossierProperties(SEED + 1);
        return Stream.generate(() -> Arguments.of(draw.dossier(), draw.countedResource())).limit(PAIRS);
    }

    @Test
    void theGeneratedDossiersDrawEveryVerdict() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        dossiers().forEach(dossier -> counts.merge(ENGINE.decide(dossier, Locale.FRENCH).verdict(), 1, Integer::sum));
        for (Verdict verdict : Verdict.values()) {
            assertThat(counts.getOrDefault(verdict, 0)).as("%s among %d dossiers: over 3 %%", verdict, DOSSIERS)
                    .isGreaterThan(DOSSIERS * 3 / 100);
        }
    }

    @ParameterizedTest(name = "dossier {index}")
    @MethodSource("dossiers")
    void everyDecisionIsWholeConsistentAndRepeatable(Dossier dossier) {
        Decision decision = ENGINE.decide(dossier, Locale.FRENCH);

        assertThat(decision.verdict()).isNotNull();
        assertThat(decision.route()).isNotNull();
        assertThat(decision.route().route()).isNotNull();
        assertThat(decision.conditions()).extracting(ConditionResult::condition).containsExactly("RESIDENCE", "AGE", "NATIONALITY", "RESOURCES", "WORK_AVAILABILITY", "OTHER_RIGHTS");
        assertThat(decision.conditions()).allSatisfy(c -> assertThat(c.outcome()).isNotNull());
        assertThat(decision.rulesVersion()).isEqualTo(ENGINE.rulesVersion());

        List<Outcome> required = decision.conditions().stream()
                .filter(c -> !decision.route().conditionsNotRequired().contains(c.condition()))
                .map(ConditionResult::outcome)
                .toList();
        switch (decision.verdict()) {
            case GRANTED -> {
                assertThat(required).as("granted: every required condition met").containsOnly(Outcome.MET);
                assertThat(decision.route().route()).isIn(Route.RIS, Route.ERIS);
            }
            case REFUSED -> assertThat(required.contains(Outcome.NOT_MET) || decision.route().route() == Route.NONE)
                    .as("refused: a required condition not met, or no aid on this route").isTrue();
            case INCOMPLETE -> {
                assertThat(required).as("incomplete: nothing refused").doesNotContain(Outcome.NOT_MET);
                assertThat(required.contains(Outcome.TO_VERIFY) || decision.route().route() == Route.TO_VERIFY).isTrue();
            }
        }

        assertThat(ENGINE.decide(dossier, Locale.FRENCH)).as("same input, same output").isEqualTo(decision);

        if (decision.amount() != null) {
            assertThat(decision.amount().yearly()).as("amount never negative").isNotNegative();
            assertThat(decision.amount().monthly()).isNotNegative();
            categoryAmount(decision).ifPresent(max ->
                    assertThat(decision.amount().yearly()).as("amount never above the category amount").isLessThanOrEqualTo(max));
        }
    }

    @ParameterizedTest(name = "dossier {index}")
    @MethodSource("dossiersWithOneMoreResource")
    void moreResourcesNeverRaiseTheAmount(Dossier dossier, Resource more) {
        Decision before = ENGINE.decide(dossier, Locale.FRENCH);
        Decision after = ENGINE.decide(withResource(dossier, more), Locale.FRENCH);
        if (before.amount() != null && after.amount() != null) {
            assertThat(after.amount().yearly()).as("amount with one more resource").isLessThanOrEqualTo(before.amount().yearly());
        }
        if (before.verdict() == Verdict.REFUSED && isNotMet(before, "RESOURCES")) {
            assertThat(after.verdict()).as("refused for resources stays refused with more").isEqualTo(Verdict.REFUSED);
        }
    }

    private static boolean isNotMet(Decision decision, String condition) {
        return decision.conditions().stream().anyMatch(c -> condition.equals(c.condition()) && c.outcome() == Outcome.NOT_MET);
    }

    /** The yearly amount of the decided category, from the parameters the decision read. */
    private static Optional<BigDecimal> categoryAmount(Decision decision) {
        if (decision.category() == null || decision.category().category() == null) {
            return Optional.empty();
        }
        String name = "ris.amount." + decision.category().category().name().toLowerCase(Locale.ROOT);
        return decision.parametersUsed().stream().filter(p -> p.name().equals(name)).map(p -> p.value()).findFirst();
    }

    private static Dossier withResource(Dossier d, Resource more) {
        List<Resource> resources = new ArrayList<>(d.resources() == null ? List.of() : d.resources());
        if (resources.size() < be.cpas.rules.model.Limits.MAX_RESOURCES) {
            resources.add(more);
        }
        return new Dossier(d.requestDate(), d.applicant(), d.residence(), d.workAvailability(), d.otherRights(), d.household(),
                resources, d.capital(), d.properties(), d.cpasChoices(), d.legalAssumptions(),
                d.installationPremium(), d.competence(), d.procedure(), d.maintenancePaid(), d.piis());
    }
}
