package be.cpas.rules.kb;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import be.cpas.rules.kb.facts.Finding;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.Reason;

/** The findings on one condition that carry its combined outcome: their reasons, in code order, and the facts they miss. */
record DecisiveFindings(List<Reason> reasons, List<String> missingFacts) {

    interface ReasonWriter {
        Reason reason(String code, List<Object> args, LegalReference reference);
    }

    /**
     * @param findings       the findings on one condition
     * @param fallback       the condition's provision, for the reason given when no rule decided it
     * @param parametersRead collects the parameters the decisive findings read
     */
    static DecisiveFindings of(List<? extends Finding> findings, Outcome summary, LegalReference fallback,
            Set<String> parametersRead, ReasonWriter writer) {
        List<? extends Finding> decisive = findings.stream()
                .filter(f -> f.outcome() == summary)
                .sorted(Comparator.comparing(Finding::reasonCode)
                        // Ties (one code for several resources) in a fixed order: sessions are pooled and give facts in any order.
                        .thenComparing(f -> String.valueOf(f.args()))
                        .thenComparing(f -> String.valueOf(f.missingFacts())))
                .toList();
        decisive.forEach(f -> parametersRead.addAll(f.parameters()));
        List<Reason> reasons = decisive.isEmpty()
                ? List.of(writer.reason("NO_RULE_DECIDED", List.of(), fallback))
                : decisive.stream().map(f -> writer.reason(f.reasonCode(), f.args(), f.legalReference())).toList();
        List<String> missing = decisive.stream().flatMap(f -> f.missingFacts().stream()).distinct().toList();
        return new DecisiveFindings(reasons, missing);
    }
}
