package be.cpas.rules.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ClassObjectFilter;

import be.cpas.rules.kb.facts.CalculationStep;
import be.cpas.rules.kb.facts.CategoryOutcome;
import be.cpas.rules.kb.facts.ConditionOutcome;
import be.cpas.rules.kb.facts.ConditionSummary;
import be.cpas.rules.kb.facts.NoticeFact;
import be.cpas.rules.kb.facts.ReasonFact;
import be.cpas.rules.kb.facts.RisAmount;
import be.cpas.rules.kb.facts.RouteOutcome;
import be.cpas.rules.kb.facts.VerdictOutcome;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.parameters.ParameterValue;
import be.cpas.rules.kb.parameters.ResolvedParameters;
import be.cpas.rules.kb.support.Money;
import be.cpas.rules.model.Amount;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.CategoryResult;
import be.cpas.rules.model.ConditionId;
import be.cpas.rules.model.CompetentCpasResult;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Deadline;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.InstallationPremiumDecision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.ParameterUse;
import be.cpas.rules.model.Reason;
import be.cpas.rules.model.RouteResult;
import be.cpas.rules.model.Verdict;

/** Reads what the rules concluded out of the session and writes it as a {@link Decision} in one language. */
final class DecisionAssembler {

    private final Messages messages;
    private final String language;
    private final ResolvedParameters inForce;
    private final String rulesVersion;
    private final Set<String> parametersRead = new LinkedHashSet<>();

    DecisionAssembler(Messages messages, String language, ResolvedParameters inForce, String rulesVersion) {
        this.messages = messages;
        this.language = language;
        this.inForce = inForce;
        this.rulesVersion = rulesVersion;
    }

    Decision assemble(Dossier dossier, KieSession session) {
        List<ConditionOutcome> outcomes = facts(session, ConditionOutcome.class);
        Map<ConditionId, Outcome> summaries = facts(session, ConditionSummary.class).stream()
                .collect(Collectors.toMap(ConditionSummary::condition, ConditionSummary::outcome, (a, b) -> {
                    throw new KnowledgeBaseException("Two summaries for one condition: " + a + " and " + b);
                }));
        List<ConditionResult> conditions = Stream.of(ConditionId.values())
                .map(id -> condition(id, summaries.get(id), outcomes))
                .toList();
        RouteOutcome route = single(facts(session, RouteOutcome.class), "route");
        parametersRead.addAll(route.parameters());
        Verdict verdict = single(facts(session, VerdictOutcome.class), "verdict").verdict();
        List<String> factsToVerify = conditions.stream()
                .flatMap(c -> c.missingFacts().stream())
                .distinct()
                .toList();
        CategoryResult category = category(session);
        Amount amount = null;
        List<CalculationLine> sheet = List.of();
        List<RisAmount> ris = facts(session, RisAmount.class);
        if (ris.size() == 1) {
            amount = new Amount(ris.get(0).yearly(), Money.monthly(ris.get(0).yearly()));
            sheet = sheet(session);
        }
        List<Notice> notices = new ArrayList<>();
        List<NoticeFact> raised = facts(session, NoticeFact.class).stream()
                .sorted(java.util.Comparator.comparing(NoticeFact::code).thenComparing(n -> String.valueOf(n.args())))
                .toList();
        for (NoticeFact notice : raised) {
            parametersRead.addAll(notice.parameters());
            notices.add(new Notice(notice.code(), messages.text(language, "notice." + notice.code(), notice.args())));
        }
        DecisionSections sections = new DecisionSections(messages, language, parametersRead);
        List<Deadline> deadlines = sections.deadlines(session);
        InstallationPremiumDecision installationPremium = sections.installationPremium(dossier, session);
        CompetentCpasResult competentCpas = sections.competentCpas(dossier, session, deadlines);
        List<ParameterUse> parametersUsed = parametersUsed();
        notices.addAll(parameterNotices(parametersUsed));
        return new Decision(
                dossier.requestDate(),
                rulesVersion,
                language,
                verdict,
                new RouteResult(route.route(), reason(route.reasonCode(), List.of(), route.legalReference()), route.conditionsNotRequired()),
                conditions,
                factsToVerify,
                category,
                amount,
                sheet,
                parametersUsed,
                notices,
                installationPremium,
                competentCpas,
                deadlines);
    }

    private ConditionResult condition(ConditionId id, Outcome summary, List<ConditionOutcome> outcomes) {
        if (summary == null) {
            throw new KnowledgeBaseException("No outcome for condition " + id);
        }
        List<ConditionOutcome> ofCondition = outcomes.stream().filter(o -> o.condition() == id).toList();
        DecisiveFindings decisive = DecisiveFindings.of(ofCondition, summary, id.legalReference(), parametersRead, this::reason);
        return new ConditionResult(id, summary, id.legalReference(), decisive.reasons(), decisive.missingFacts());
    }

    /** The category with its justification; TO_VERIFY naming what is missing. */
    private CategoryResult category(KieSession session) {
        List<CategoryOutcome> outcomes = facts(session, CategoryOutcome.class);
        if (outcomes.size() > 1) {
            throw new KnowledgeBaseException("The rules gave " + outcomes.size() + " categories instead of one: " + outcomes);
        }
        if (outcomes.isEmpty()) {
            return new CategoryResult(null, Outcome.TO_VERIFY,
                    List.of(reason("CATEGORY_NOT_DECIDED", List.of(), be.cpas.rules.model.LegalReference.law2002("art. 14, §1"))), List.of());
        }
        CategoryOutcome outcome = outcomes.get(0);
        parametersRead.addAll(outcome.parameters());
        List<Reason> reasons = outcome.reasons().stream()
                .map((ReasonFact r) -> reason(r.code(), r.args(), r.legalReference()))
                .toList();
        return new CategoryResult(outcome.category(), outcome.outcome(), reasons, outcome.missingFacts());
    }

    /** The calculation sheet: the steps in the law's order, numbered from 1, each with the parameters it read. */
    private List<CalculationLine> sheet(KieSession session) {
        List<CalculationStep> steps = facts(session, CalculationStep.class).stream()
                .sorted(java.util.Comparator.comparingInt(CalculationStep::order).thenComparing(CalculationStep::code)
                        .thenComparing(step -> String.valueOf(step.args())))
                .toList();
        List<CalculationLine> lines = new ArrayList<>();
        for (CalculationStep step : steps) {
            parametersRead.addAll(step.parameters());
            lines.add(new CalculationLine(lines.size() + 1, step.code(),
                    messages.text(language, "line." + step.code(), step.args()),
                    step.amount(), step.legalReference(), step.parameters()));
        }
        return lines;
    }

    private Reason reason(String code, List<Object> args, be.cpas.rules.model.LegalReference reference) {
        return new Reason(code, messages.text(language, "reason." + code, args), reference);
    }

    private List<ParameterUse> parametersUsed() {
        Map<String, ParameterValue> byName = inForce.values();
        return parametersRead.stream()
                .sorted()
                .map(byName::get)
                .filter(java.util.Objects::nonNull)
                .map(p -> new ParameterUse(p.name(), p.value(), p.unit(), p.effectiveFrom(), p.status().name(), p.source(), p.legalReference()))
                .toList();
    }

    /** The stale-amounts warning, and one warning per derived or uncertain value the decision used. */
    private List<Notice> parameterNotices(List<ParameterUse> used) {
        List<Notice> notices = new ArrayList<>();
        if (inForce.mayBeStale()) {
            notices.add(new Notice("AMOUNTS_MAY_BE_STALE",
                    messages.text(language, "notice.AMOUNTS_MAY_BE_STALE", List.of(inForce.lastKnownChange()))));
        }
        for (ParameterUse use : used) {
            String code = switch (use.status()) {
                case "D" -> "PARAMETER_DERIVED";
                case "U" -> "PARAMETER_UNCERTAIN";
                default -> null;
            };
            if (code != null) {
                notices.add(new Notice(code, messages.text(language, "notice." + code,
                        List.of(use.name(), use.value().toPlainString(), use.effectiveFrom()))));
            }
        }
        return notices;
    }

    static <T> List<T> facts(KieSession session, Class<T> type) {
        Collection<?> objects = session.getObjects(new ClassObjectFilter(type));
        return objects.stream().map(type::cast).toList();
    }

    static <T> T single(List<T> facts, String what) {
        if (facts.size() != 1) {
            throw new KnowledgeBaseException("The rules gave " + facts.size() + " " + what + "s instead of one: " + facts);
        }
        return facts.get(0);
    }
}
