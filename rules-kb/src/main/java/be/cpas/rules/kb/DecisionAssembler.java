package be.cpas.rules.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import be.cpas.rules.kb.facts.CalculationStep;
import be.cpas.rules.kb.facts.CategoryOutcome;
import be.cpas.rules.kb.facts.CompetenceOutcome;
import be.cpas.rules.kb.facts.CompetenceRemark;
import be.cpas.rules.kb.facts.ConditionToDecide;
import be.cpas.rules.kb.facts.DeadlineFact;
import be.cpas.rules.kb.facts.DecisionMentionFact;
import be.cpas.rules.kb.facts.MaintenanceAidMonth;
import be.cpas.rules.kb.facts.NoticeFact;
import be.cpas.rules.kb.facts.PiisDeadline;
import be.cpas.rules.kb.facts.PiisOutcome;
import be.cpas.rules.kb.facts.PremiumAmount;
import be.cpas.rules.kb.facts.PremiumHousehold;
import be.cpas.rules.kb.facts.PremiumRegimeOutcome;
import be.cpas.rules.kb.facts.RightStart;
import be.cpas.rules.kb.facts.RisAmount;
import be.cpas.rules.kb.facts.RouteOutcome;
import be.cpas.rules.kb.facts.Scheme;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.parameters.ParameterStatus;
import be.cpas.rules.kb.parameters.ParameterValue;
import be.cpas.rules.kb.parameters.ResolvedParameters;
import be.cpas.rules.kb.support.Money;
import be.cpas.rules.model.Amount;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.CategoryResult;
import be.cpas.rules.model.CompetentCpasResult;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Deadline;
import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.DecisionMention;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.InstallationPremiumDecision;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.MaintenanceAidDecision;
import be.cpas.rules.model.PiisDecision;
import be.cpas.rules.model.Notice;
import be.cpas.rules.model.ParameterUse;
import be.cpas.rules.model.Periodicity;
import be.cpas.rules.model.PremiumRegime;
import be.cpas.rules.model.Reason;
import be.cpas.rules.model.RouteResult;
import be.cpas.rules.model.TraceStep;
import be.cpas.rules.model.Verdict;

/**
 * Reads what the rules concluded out of the session and writes it as a {@link Decision} in one language.
 * Plumbing only: every outcome, reason, date and amount comes from the rules. Each fact shown in the decision
 * is noted, and the parameters used are those behind these facts, as the {@link DecisionRecorder} saw the rules
 * read them.
 */
final class DecisionAssembler {

    private final Messages messages;
    private final String language;
    private final ResolvedParameters inForce;
    private final String rulesVersion;
    private final DecisionRecorder recorder;
    private final List<Object> shown = new ArrayList<>();
    private final ConcludedFacts concluded;

    DecisionAssembler(Messages messages, String language, ResolvedParameters inForce, String rulesVersion,
            ConcludedFacts concluded, DecisionRecorder recorder) {
        this.messages = messages;
        this.language = language;
        this.inForce = inForce;
        this.rulesVersion = rulesVersion;
        this.recorder = recorder;
        this.concluded = concluded;
    }

    Decision assemble(Dossier dossier, List<TraceStep> trace) {
        List<ConditionResult> conditions = conditions(Scheme.RIS);
        RouteOutcome route = shown(single(RouteOutcome.class, "route"));
        Verdict verdict = verdict(Scheme.RIS);
        CategoryResult category = category();
        Amount amount = null;
        List<CalculationLine> sheet = List.of();
        List<RisAmount> ris = facts(RisAmount.class);
        if (ris.size() == 1) {
            amount = new Amount(shown(ris.get(0)).yearly(), Money.monthly(ris.get(0).yearly()));
            sheet = sheet();
        }
        List<Notice> notices = new ArrayList<>(facts(NoticeFact.class).stream()
                .sorted(Comparator.comparing(NoticeFact::code).thenComparing(n -> String.valueOf(n.args())))
                .map(this::shown)
                .map(n -> new Notice(n.code(), messages.text(language, "notice." + n.code(), n.args())))
                .toList());
        List<Deadline> deadlines = deadlines();
        InstallationPremiumDecision installationPremium = dossier.installationPremium() == null ? null : installationPremium();
        CompetentCpasResult competentCpas = dossier.competence() == null ? null : competentCpas(deadlines);
        MaintenanceAidDecision maintenanceAid = dossier.maintenancePaid() == null || dossier.maintenancePaid().isEmpty()
                ? null : maintenanceAid();
        PiisDecision piis = piis();
        List<ParameterUse> parametersUsed = recorder.allParametersBehind(shown).stream()
                .sorted()
                .map(inForce.values()::get)
                .filter(Objects::nonNull)
                .map(ParameterValue::toUse)
                .toList();
        notices.addAll(parameterNotices(parametersUsed));
        List<DecisionMention> mentions = mentions();
        List<String> factsToVerify = factsToVerify(conditions, List.of());
        RightStart rightStart = facts(RightStart.class).stream().findFirst().map(this::shown).orElse(null);
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
                deadlines,
                trace,
                factNames(factsToVerify),
                mentions.stream().anyMatch(m -> m.code().equals("PERIODICITY_MONTHLY")) ? Periodicity.MONTHLY : null,
                rightStart == null ? null : rightStart.date(),
                dossier.procedure() == null ? null : dossier.procedure().fileReference(),
                mentions,
                maintenanceAid,
                piis);
    }

    /** The mentions the written decision must carry, in the order of the letter. */
    private List<DecisionMention> mentions() {
        return facts(DecisionMentionFact.class).stream()
                .sorted(Comparator.comparingInt(DecisionMentionFact::order).thenComparing(DecisionMentionFact::code))
                .map(this::shown)
                .map(m -> new DecisionMention(m.code(), messages.text(language, "mention." + m.code(), m.args()), localized(m.legalReference())))
                .toList();
    }

    /** Dossier paths named in words, in the language of the decision. */
    private List<String> factNames(List<String> paths) {
        return paths.stream().map(path -> messages.factName(language, path)).toList();
    }

    /** A provision with its instrument's title in the language of the decision (the articles are numbered alike). */
    private LegalReference localized(LegalReference reference) {
        if (reference == null || reference.instrumentCode() == null) {
            return reference;
        }
        return new LegalReference(messages.text(language, "instrument." + reference.instrumentCode(), List.of()), reference.article());
    }

    /** The conditions of one scheme, in the order the knowledge base declares them, with the reasons that carry each outcome. */
    private List<ConditionResult> conditions(String scheme) {
        return concluded.conditions(scheme).stream().map(this::condition).toList();
    }

    private ConditionResult condition(ConcludedFacts.DecidedCondition decided) {
        decided.decisive().forEach(this::shown);
        ConditionToDecide condition = decided.declared();
        return new ConditionResult(condition.condition(), decided.outcome(), localized(condition.legalReference()),
                decided.decisive().stream().map(f -> reason(f.reasonCode(), f.args(), f.legalReference())).toList(),
                decided.missingFacts(), factNames(decided.missingFacts()));
    }

    private Verdict verdict(String scheme) {
        return shown(concluded.verdict(scheme)).verdict();
    }

    private static List<String> factsToVerify(List<ConditionResult> conditions, List<String> others) {
        return ConcludedFacts.factsToVerify(conditions.stream().map(ConditionResult::missingFacts), others);
    }

    /** The category with its justification; TO_VERIFY naming what is missing. */
    private CategoryResult category() {
        CategoryOutcome outcome = shown(single(CategoryOutcome.class, "category"));
        List<Reason> reasons = outcome.reasons().stream().map(r -> reason(r.code(), r.args(), r.legalReference())).toList();
        return new CategoryResult(outcome.category(), outcome.outcome(), reasons, outcome.missingFacts(), factNames(outcome.missingFacts()));
    }

    /**
     * The calculation sheet: the steps in the law's order, numbered from 1, each with the parameters read by the
     * rule that wrote it and by the rules that concluded the figures it used.
     */
    private List<CalculationLine> sheet() {
        return lines(facts(CalculationStep.class).stream().filter(step -> step.order() < CalculationStep.MAINTENANCE_AID).toList());
    }

    /** Calculation steps as numbered lines, in order, each with the parameters behind it. */
    private List<CalculationLine> lines(List<CalculationStep> unordered) {
        List<CalculationStep> steps = unordered.stream()
                .sorted(Comparator.comparingInt(CalculationStep::order).thenComparing(CalculationStep::code)
                        .thenComparing(step -> String.valueOf(step.args())))
                .toList();
        List<CalculationLine> lines = new ArrayList<>();
        for (CalculationStep step : steps) {
            shown(step);
            lines.add(new CalculationLine(lines.size() + 1, step.code(),
                    messages.text(language, "line." + step.code(), step.args()),
                    step.amount(), localized(step.legalReference()), recorder.parametersBehind(step).stream().sorted().toList()));
        }
        return lines;
    }

    /** The premium section: its conditions, regime, amount and whether it is granted once for a household. */
    private InstallationPremiumDecision installationPremium() {
        List<ConditionResult> conditions = conditions(Scheme.INSTALLATION_PREMIUM);
        List<PremiumRegimeOutcome> regimes = facts(PremiumRegimeOutcome.class).stream()
                .sorted(Comparator.comparing(PremiumRegimeOutcome::reasonCode))
                .map(this::shown)
                .toList();
        PremiumRegime regime = regimes.stream().map(PremiumRegimeOutcome::regime).distinct()
                .reduce((a, b) -> {
                    throw new KnowledgeBaseException("Two regimes for one premium: " + a + " and " + b);
                }).orElse(null);
        PremiumAmount amount = facts(PremiumAmount.class).stream().findFirst().map(this::shown).orElse(null);
        PremiumHousehold household = shown(single(PremiumHousehold.class, "premium household rule"));
        List<String> premiumFacts = factsToVerify(conditions, household.missingFacts());
        return new InstallationPremiumDecision(
                verdict(Scheme.INSTALLATION_PREMIUM),
                regime,
                regimes.stream().map(r -> reason(r.reasonCode(), List.of(), r.legalReference())).toList(),
                amount == null ? null : amount.amount(),
                conditions,
                reason(household.reasonCode(), List.of(), household.legalReference()),
                premiumFacts,
                factNames(premiumFacts));
    }

    /** The maintenance-aid section: its conditions, one line per payment or month, the aid when granted. */
    private MaintenanceAidDecision maintenanceAid() {
        List<ConditionResult> conditions = conditions(Scheme.MAINTENANCE_AID);
        Verdict verdict = verdict(Scheme.MAINTENANCE_AID);
        List<CalculationLine> lines = lines(facts(CalculationStep.class).stream()
                .filter(step -> step.order() >= CalculationStep.MAINTENANCE_AID).toList());
        List<MaintenanceAidMonth> months = facts(MaintenanceAidMonth.class).stream().map(this::shown).toList();
        List<String> missing = factsToVerify(conditions, List.of());
        return new MaintenanceAidDecision(verdict,
                verdict == Verdict.GRANTED ? Money.sum(months.stream().map(MaintenanceAidMonth::amount).toList()) : null,
                conditions, lines, missing, factNames(missing));
    }

    /** The PIIS section, when the rules gave one. */
    private PiisDecision piis() {
        List<PiisOutcome> outcomes = facts(PiisOutcome.class);
        if (outcomes.isEmpty()) {
            return null;
        }
        PiisOutcome outcome = shown(ConcludedFacts.single(outcomes, "PIIS outcome"));
        PiisDeadline deadline = facts(PiisDeadline.class).stream().findFirst().map(this::shown).orElse(null);
        List<String> missing = Stream.concat(outcome.missingFacts().stream(),
                deadline == null ? Stream.<String>empty() : deadline.missingFacts().stream()).distinct().toList();
        return new PiisDecision(outcome.requirement(), reason(outcome.reasonCode(), outcome.args(), outcome.legalReference()),
                deadline == null ? null : deadline.date(), missing, factNames(missing));
    }

    /** The competent-CPAS section. */
    private CompetentCpasResult competentCpas(List<Deadline> deadlines) {
        CompetenceOutcome outcome = shown(single(CompetenceOutcome.class, "competent CPAS"));
        List<Reason> reasons = Stream.concat(
                        Stream.of(reason(outcome.reasonCode(), outcome.commune() == null ? List.of() : List.of(outcome.commune()),
                                outcome.legalReference())),
                        facts(CompetenceRemark.class).stream()
                                .sorted(Comparator.comparing(CompetenceRemark::reasonCode).thenComparing(r -> String.valueOf(r.args())))
                                .map(this::shown)
                                .map(r -> reason(r.reasonCode(), r.args(), r.legalReference())))
                .toList();
        Deadline forward = deadlines.stream().filter(d -> d.kind() == DeadlineKind.FORWARD_IF_INCOMPETENT).findFirst().orElse(null);
        return new CompetentCpasResult(outcome.status(), outcome.situation(), outcome.commune(), reasons, outcome.missingFacts(), forward,
                factNames(outcome.missingFacts()));
    }

    /** Every deadline the rules computed, in the order of the procedure. */
    private List<Deadline> deadlines() {
        return facts(DeadlineFact.class).stream()
                .sorted(Comparator.comparing(DeadlineFact::kind))
                .map(this::shown)
                .map(fact -> new Deadline(fact.kind(), fact.date(), fact.countedFrom(),
                        messages.text(language, "deadline." + fact.explanationCode(), fact.args()),
                        localized(fact.legalReference()), fact.missingFacts(), factNames(fact.missingFacts())))
                .toList();
    }

    /** The stale-amounts warning, and one warning per value the decision used whose status must be reported. */
    private List<Notice> parameterNotices(List<ParameterUse> used) {
        List<Notice> notices = new ArrayList<>();
        if (inForce.mayBeStale()) {
            notices.add(new Notice("AMOUNTS_MAY_BE_STALE",
                    messages.text(language, "notice.AMOUNTS_MAY_BE_STALE", List.of(inForce.lastKnownChange()))));
        }
        for (ParameterUse use : used) {
            ParameterStatus status = inForce.values().get(use.name()).status();
            if (status.mustBeReported()) {
                notices.add(new Notice(status.noticeCode(), messages.text(language, "notice." + status.noticeCode(),
                        List.of(use.name(), use.value().toPlainString(), use.effectiveFrom()))));
            }
        }
        return notices;
    }

    private Reason reason(String code, List<Object> args, LegalReference reference) {
        return new Reason(code, messages.text(language, "reason." + code, args), localized(reference));
    }

    private <T> T shown(T fact) {
        shown.add(fact);
        return fact;
    }

    private <T> List<T> facts(Class<T> type) {
        return concluded.all(type);
    }

    private <T> T single(Class<T> type, String what) {
        return concluded.single(type, what);
    }
}
