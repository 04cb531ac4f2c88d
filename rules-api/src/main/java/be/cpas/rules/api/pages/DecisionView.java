package be.cpas.rules.api.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.model.CalculationLine;
import be.cpas.rules.model.CompetentCpasResult;
import be.cpas.rules.model.ConditionDescription;
import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Deadline;
import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.InstallationPremiumDecision;
import be.cpas.rules.model.MaintenanceAidDecision;
import be.cpas.rules.model.PiisDecision;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Reason;
import io.quarkus.qute.TemplateData;

/**
 * A decision as the pages show it: every text already in the reader's language, every amount and date
 * written the Belgian way, every missing fact linked to its input. The templates only lay it out, so a
 * change of the Decision record is adapted here.
 */
@TemplateData
public record DecisionView(
        String verdict,
        String verdictLabel,
        String route,
        String routeLabel,
        String routeReason,
        List<ConditionView> conditions,
        List<FactLink> factsToVerify,
        String categoryLabel,
        String categoryOutcome,
        List<String> categoryReasons,
        String yearly,
        String monthly,
        List<LineView> sheet,
        PremiumView premium,
        MaintenanceAidView maintenanceAid,
        PiisView piis,
        CpasView competentCpas,
        List<DeadlineView> deadlines,
        String appealUntil,
        List<String> notices,
        List<ParameterView> parameters,
        String requestDate,
        String rulesVersion) {

    private static final Pattern DOSSIER_PATH = Pattern.compile("\\b(household|resources|properties)\\[\\d+\\](\\.[A-Za-z]+(\\[\\d+\\])?)*");
    private static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TemplateData
    public record ConditionView(String title, String outcome, String outcomeLabel, String reference, List<String> reasons,
                                List<FactLink> facts, boolean required) {
    }

    /** A fact to verify: the label of its input and the input's id. */
    @TemplateData
    public record FactLink(String anchor, String label) {
    }

    @TemplateData
    public record LineView(int step, String label, String amount, boolean negative, String reference) {
    }

    @TemplateData
    public record PremiumView(String verdict, String verdictLabel, String regime, String amount, List<ConditionView> conditions,
                              String household, List<FactLink> facts) {
    }

    /** The aid towards child maintenance paid (art 68quinquies LO): its verdict, total, lines and reasons. */
    @TemplateData
    public record MaintenanceAidView(String verdictLabel, String amount, List<LineView> lines, List<String> reasons, String reference,
                                     List<FactLink> facts) {
    }

    /** Whether a PIIS must be concluded, why, and by when. */
    @TemplateData
    public record PiisView(String requirement, String reason, String concludeBy, List<FactLink> facts) {
    }

    @TemplateData
    public record CpasView(String status, String commune, List<String> reasons, List<FactLink> facts, String forwardBy) {
    }

    @TemplateData
    public record DeadlineView(String label, String date, String explanation, String reference, List<FactLink> facts) {
    }

    @TemplateData
    public record ParameterView(String name, String value, String unit, String from, String status, String source) {
    }

    /**
     * @param texts      page labels
     * @param messages   the engine's texts (verdicts, categories), in the decision's language
     * @param titles     the six conditions' titles in that language
     * @param factLink   a dossier path (as the engine names a missing fact) to its link in the form
     */
    static DecisionView of(Decision decision, PageTexts texts, Messages messages, List<ConditionDescription> titles,
            Function<String, FactLink> factLink) {
        String language = decision.language();
        Function<BigDecimal, String> euro = amount -> amount == null ? "" : Messages.euro(amount, language) + " €";
        Function<List<String>, List<FactLink>> links = paths -> paths == null ? List.of() : paths.stream().map(factLink).toList();
        Map<Object, String> titleOf = titles.stream().collect(java.util.stream.Collectors.toMap(ConditionDescription::condition,
                ConditionDescription::title));
        var route = decision.route();
        List<ConditionView> conditions = decision.conditions().stream()
                .map(c -> condition(c, titleOf.get(c.condition()), texts, links,
                        route == null || route.conditionsNotRequired() == null || !route.conditionsNotRequired().contains(c.condition())))
                .toList();
        var category = decision.category();
        var amount = decision.amount();
        List<DeadlineView> deadlines = decision.deadlines() == null ? List.of() : decision.deadlines().stream()
                .map(d -> deadline(d, texts, links)).toList();
        String appealUntil = decision.deadlines() == null ? "" : decision.deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.APPEAL_UNTIL && d.date() != null)
                .map(d -> date(d.date())).findFirst().orElse("");
        return new DecisionView(
                String.valueOf(decision.verdict()),
                decision.verdict() == null ? "" : messages.text(language, "verdict." + decision.verdict(), List.of()),
                route == null ? "" : String.valueOf(route.route()),
                route == null ? "" : texts.get("route." + route.route()),
                route == null || route.reason() == null ? "" : reason(route.reason()),
                conditions,
                links.apply(decision.factsToVerify()),
                category == null || category.category() == null ? "" : messages.enumText(language, category.category()),
                category == null || category.outcome() == null ? "" : texts.get("outcome." + category.outcome()),
                category == null || category.reasons() == null ? List.of() : category.reasons().stream().map(DecisionView::reason).toList(),
                amount == null ? "" : euro.apply(amount.yearly()),
                amount == null ? "" : euro.apply(amount.monthly()),
                decision.calculationSheet() == null ? List.of()
                        : decision.calculationSheet().stream().map(l -> line(l, euro, factLink)).toList(),
                premium(decision.installationPremium(), texts, messages, language, euro, links),
                maintenanceAid(decision.maintenanceAid(), messages, language, euro, factLink, links),
                piis(decision.piis(), links),
                cpas(decision.competentCpas(), texts, links),
                deadlines,
                appealUntil,
                decision.notices() == null ? List.of() : decision.notices().stream().map(n -> n.message()).toList(),
                decision.parametersUsed() == null ? List.of() : decision.parametersUsed().stream()
                        .map(p -> new ParameterView(p.name(), Messages.euro(p.value(), language), p.unit(), date(p.effectiveFrom()),
                                p.status(), p.source()))
                        .toList(),
                date(decision.requestDate()),
                decision.rulesVersion());
    }

    public boolean hasAmount() {
        return !monthly.isEmpty();
    }

    public boolean granted() {
        return "GRANTED".equals(verdict);
    }

    private static ConditionView condition(ConditionResult c, String title, PageTexts texts, Function<List<String>, List<FactLink>> links,
            boolean required) {
        return new ConditionView(title == null ? String.valueOf(c.condition()) : title, String.valueOf(c.outcome()),
                texts.get("outcome." + c.outcome()), reference(c.legalReference()),
                c.reasons() == null ? List.of() : c.reasons().stream().map(DecisionView::reason).toList(),
                links.apply(c.missingFacts()), required);
    }

    /** A line's label, with a dossier path it may quote (household[0]) named as the form names that person or resource. */
    private static LineView line(CalculationLine line, Function<BigDecimal, String> euro, Function<String, FactLink> factLink) {
        Matcher path = DOSSIER_PATH.matcher(Objects.toString(line.label(), ""));
        String label = path.replaceAll(match -> Matcher.quoteReplacement(factLink.apply(match.group()).label()));
        return new LineView(line.step(), label, euro.apply(line.amount()),
                line.amount() != null && line.amount().signum() < 0, reference(line.legalReference()));
    }

    private static PremiumView premium(InstallationPremiumDecision premium, PageTexts texts, Messages messages, String language,
            Function<BigDecimal, String> euro, Function<List<String>, List<FactLink>> links) {
        if (premium == null) {
            return null;
        }
        List<ConditionView> conditions = premium.conditions() == null ? List.of() : premium.conditions().stream()
                .map(c -> new ConditionView(texts.get("premiumCondition." + c.condition()), String.valueOf(c.outcome()),
                        texts.get("outcome." + c.outcome()), reference(c.legalReference()),
                        c.reasons() == null ? List.of() : c.reasons().stream().map(DecisionView::reason).toList(),
                        links.apply(c.missingFacts()), true))
                .toList();
        return new PremiumView(String.valueOf(premium.verdict()),
                premium.verdict() == null ? "" : messages.text(language, "verdict." + premium.verdict(), List.of()),
                premium.regime() == null ? "" : texts.get("premiumRegime." + premium.regime()) + " (" + reference(premium.regime().legalReference()) + ")",
                euro.apply(premium.amount()), conditions,
                premium.household() == null ? "" : reason(premium.household()), links.apply(premium.factsToVerify()));
    }

    private static MaintenanceAidView maintenanceAid(MaintenanceAidDecision aid, Messages messages, String language,
            Function<BigDecimal, String> euro, Function<String, FactLink> factLink, Function<List<String>, List<FactLink>> links) {
        if (aid == null) {
            return null;
        }
        return new MaintenanceAidView(
                aid.verdict() == null ? "" : messages.text(language, "verdict." + aid.verdict(), List.of()),
                euro.apply(aid.amount()),
                aid.lines().stream().map(l -> line(l, euro, factLink)).toList(),
                aid.conditions().stream().flatMap(c -> c.reasons().stream()).map(DecisionView::reason).toList(),
                aid.conditions().isEmpty() ? "" : reference(aid.conditions().get(0).legalReference()),
                links.apply(aid.factsToVerify()));
    }

    private static PiisView piis(PiisDecision piis, Function<List<String>, List<FactLink>> links) {
        if (piis == null) {
            return null;
        }
        return new PiisView(String.valueOf(piis.requirement()), reason(piis.reason()), date(piis.concludeBy()),
                links.apply(piis.missingFacts()));
    }

    private static CpasView cpas(CompetentCpasResult cpas, PageTexts texts, Function<List<String>, List<FactLink>> links) {
        if (cpas == null) {
            return null;
        }
        return new CpasView(texts.get("competenceStatus." + cpas.status()), Objects.toString(cpas.commune(), ""),
                cpas.reasons() == null ? List.of() : cpas.reasons().stream().map(DecisionView::reason).toList(),
                links.apply(cpas.missingFacts()),
                cpas.forwardIfIncompetent() == null ? "" : date(cpas.forwardIfIncompetent().date()));
    }

    private static DeadlineView deadline(Deadline deadline, PageTexts texts, Function<List<String>, List<FactLink>> links) {
        return new DeadlineView(texts.get("deadlineKind." + deadline.kind()), date(deadline.date()),
                Objects.toString(deadline.explanation(), ""), reference(deadline.legalReference()), links.apply(deadline.missingFacts()));
    }

    static String date(LocalDate date) {
        return date == null ? "" : BELGIAN_DATE.format(date);
    }

    private static String reason(Reason reason) {
        String reference = reference(reason.legalReference());
        return reference.isEmpty() ? reason.message() : reason.message() + " (" + reference + ")";
    }

    static String reference(LegalReference reference) {
        return reference == null ? "" : reference.toString();
    }
}
