package be.cpas.rules.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kie.api.runtime.KieSession;

import be.cpas.rules.kb.batch.LeanDecision;
import be.cpas.rules.kb.facts.CategoryOutcome;
import be.cpas.rules.kb.facts.ConditionFinding;
import be.cpas.rules.kb.facts.ConditionSummary;
import be.cpas.rules.kb.facts.ConditionToDecide;
import be.cpas.rules.kb.facts.PremiumAmount;
import be.cpas.rules.kb.facts.RisAmount;
import be.cpas.rules.kb.facts.RouteOutcome;
import be.cpas.rules.kb.facts.Scheme;
import be.cpas.rules.kb.facts.SchemeVerdict;
import be.cpas.rules.kb.support.Money;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Verdict;

/**
 * What a session holds once its rules have fired, read in one pass and sorted by class (the facts are records: a
 * class has no subclass), with the readings that a full decision and a lean one share. Plumbing only.
 */
final class ConcludedFacts {

    /** A declared condition with its combined outcome, the findings that carry it (in a fixed order) and the facts they miss. */
    record DecidedCondition(ConditionToDecide declared, Outcome outcome, List<ConditionFinding> decisive, List<String> missingFacts) {
    }

    private final Map<Class<?>, List<Object>> byClass = new HashMap<>();

    ConcludedFacts(KieSession session) {
        for (Object fact : session.getObjects()) {
            byClass.computeIfAbsent(fact.getClass(), c -> new ArrayList<>()).add(fact);
        }
    }

    @SuppressWarnings("unchecked")
    <T> List<T> all(Class<T> type) {
        return (List<T>) byClass.getOrDefault(type, List.of());
    }

    <T> T single(Class<T> type, String what) {
        return single(all(type), what);
    }

    static <T> T single(List<T> facts, String what) {
        if (facts.size() != 1) {
            throw new KnowledgeBaseException("The rules gave " + facts.size() + " " + what + "s instead of one: " + facts);
        }
        return facts.get(0);
    }

    SchemeVerdict verdict(String scheme) {
        return single(all(SchemeVerdict.class).stream().filter(v -> v.scheme().equals(scheme)).toList(), scheme + " verdict");
    }

    /**
     * The conditions of one scheme, in the order the knowledge base declares them, each with the findings that
     * carry its combined outcome: in code order, and the facts they miss.
     */
    List<DecidedCondition> conditions(String scheme) {
        Map<String, ConditionSummary> summaries = all(ConditionSummary.class).stream()
                .filter(s -> s.scheme().equals(scheme))
                .collect(Collectors.toMap(ConditionSummary::condition, s -> s, (a, b) -> {
                    throw new KnowledgeBaseException("Two summaries for one condition: " + a + " and " + b);
                }));
        Map<String, List<ConditionFinding>> findings = all(ConditionFinding.class).stream()
                .collect(Collectors.groupingBy(ConditionFinding::condition));
        return all(ConditionToDecide.class).stream()
                .filter(c -> c.scheme().equals(scheme))
                .sorted(Comparator.comparingInt(ConditionToDecide::order).thenComparing(ConditionToDecide::condition))
                .map(c -> decided(c, summaries.get(c.condition()), findings.getOrDefault(c.condition(), List.of())))
                .toList();
    }

    private static DecidedCondition decided(ConditionToDecide condition, ConditionSummary summary, List<ConditionFinding> findings) {
        if (summary == null) {
            throw new KnowledgeBaseException("No outcome for condition " + condition.condition());
        }
        List<ConditionFinding> decisive = findings.stream()
                .filter(f -> f.outcome() == summary.outcome())
                .sorted(Comparator.comparing(ConditionFinding::reasonCode)
                        // Ties (one code for several resources) in a fixed order: sessions are pooled and give facts in any order.
                        .thenComparing(f -> String.valueOf(f.args()))
                        .thenComparing(f -> String.valueOf(f.missingFacts())))
                .toList();
        List<String> missing = decisive.stream().flatMap(f -> f.missingFacts().stream()).distinct().toList();
        return new DecidedCondition(condition, summary.outcome(), decisive, missing);
    }

    /** Every fact the conditions miss (each condition's list, in order), then the others, each once. */
    static List<String> factsToVerify(Stream<List<String>> missingByCondition, List<String> others) {
        return Stream.concat(missingByCondition.flatMap(List::stream), others.stream()).distinct().toList();
    }

    /** The decision for machines, read from the same facts as the full one, without a text or a calculation sheet. */
    LeanDecision lean(Dossier dossier) {
        List<DecidedCondition> conditions = conditions(Scheme.RIS);
        RouteOutcome route = single(RouteOutcome.class, "route");
        Verdict verdict = verdict(Scheme.RIS).verdict();
        CategoryOutcome category = single(CategoryOutcome.class, "category");
        List<RisAmount> ris = all(RisAmount.class);
        boolean premium = dossier.installationPremium() != null;
        PremiumAmount premiumAmount = premium ? all(PremiumAmount.class).stream().findFirst().orElse(null) : null;
        return new LeanDecision(dossier.requestDate(), verdict, route.route(), category.category(),
                ris.size() == 1 ? Money.monthly(ris.get(0).yearly()) : null,
                conditions.stream().map(c -> new LeanDecision.LeanCondition(c.declared().condition(), c.outcome())).toList(),
                factsToVerify(conditions.stream().map(DecidedCondition::missingFacts), List.of()),
                premium ? verdict(Scheme.INSTALLATION_PREMIUM).verdict() : null,
                premiumAmount == null ? null : premiumAmount.amount());
    }
}
