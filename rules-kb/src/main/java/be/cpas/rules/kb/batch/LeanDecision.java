package be.cpas.rules.kb.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import be.cpas.rules.model.Category;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/** A decision for machines: verdicts, outcomes, amounts and missing facts; no text, no calculation sheet. */
public record LeanDecision(
        LocalDate requestDate,
        Verdict verdict,
        Route route,
        Category category,
        BigDecimal monthlyAmount,
        List<LeanCondition> conditions,
        List<String> factsToVerify,
        Verdict installationPremium,
        BigDecimal installationPremiumAmount) {

    public record LeanCondition(String condition, Outcome outcome) {
    }

    public static LeanDecision of(Decision decision) {
        return new LeanDecision(decision.requestDate(), decision.verdict(),
                decision.route() == null ? null : decision.route().route(),
                decision.category() == null ? null : decision.category().category(),
                decision.amount() == null ? null : decision.amount().monthly(),
                conditions(decision.conditions()), decision.factsToVerify(),
                decision.installationPremium() == null ? null : decision.installationPremium().verdict(),
                decision.installationPremium() == null ? null : decision.installationPremium().amount());
    }

    private static List<LeanCondition> conditions(List<ConditionResult> conditions) {
        return conditions == null ? List.of()
                : conditions.stream().map(c -> new LeanCondition(c.condition(), c.outcome())).toList();
    }
}
