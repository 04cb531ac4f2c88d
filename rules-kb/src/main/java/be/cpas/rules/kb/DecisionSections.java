package be.cpas.rules.kb;

import static be.cpas.rules.kb.DecisionAssembler.facts;
import static be.cpas.rules.kb.DecisionAssembler.single;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kie.api.runtime.KieSession;

import be.cpas.rules.kb.facts.CompetenceOutcome;
import be.cpas.rules.kb.facts.CompetenceRemark;
import be.cpas.rules.kb.facts.DeadlineFact;
import be.cpas.rules.kb.facts.PremiumAmount;
import be.cpas.rules.kb.facts.PremiumConditionOutcome;
import be.cpas.rules.kb.facts.PremiumConditionSummary;
import be.cpas.rules.kb.facts.PremiumHousehold;
import be.cpas.rules.kb.facts.PremiumRegimeOutcome;
import be.cpas.rules.kb.facts.PremiumVerdict;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.model.CompetentCpasResult;
import be.cpas.rules.model.Deadline;
import be.cpas.rules.model.DeadlineKind;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.InstallationPremiumDecision;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Outcome;
import be.cpas.rules.model.PremiumConditionId;
import be.cpas.rules.model.PremiumConditionResult;
import be.cpas.rules.model.PremiumRegime;
import be.cpas.rules.model.Reason;

/**
 * Reads the installation premium, the competent CPAS and the deadlines the rules concluded, and writes them as
 * sections of the decision. Plumbing only: every outcome, date and amount comes from the rules.
 */
final class DecisionSections {

    private final Messages messages;
    private final String language;
    private final Set<String> parametersRead;

    DecisionSections(Messages messages, String language, Set<String> parametersRead) {
        this.messages = messages;
        this.language = language;
        this.parametersRead = parametersRead;
    }

    /** The premium section; null when the dossier does not ask for the premium. */
    InstallationPremiumDecision installationPremium(Dossier dossier, KieSession session) {
        if (dossier.installationPremium() == null) {
            return null;
        }
        Map<PremiumConditionId, Outcome> summaries = facts(session, PremiumConditionSummary.class).stream()
                .collect(Collectors.toMap(PremiumConditionSummary::condition, PremiumConditionSummary::outcome, (a, b) -> {
                    throw new KnowledgeBaseException("Two summaries for one premium condition: " + a + " and " + b);
                }));
        List<PremiumConditionOutcome> findings = facts(session, PremiumConditionOutcome.class);
        List<PremiumConditionResult> conditions = Stream.of(PremiumConditionId.values())
                .map(id -> premiumCondition(id, summaries.get(id), findings))
                .toList();
        List<PremiumRegimeOutcome> regimes = facts(session, PremiumRegimeOutcome.class);
        PremiumRegime regime = regimes.stream().map(PremiumRegimeOutcome::regime).distinct()
                .reduce((a, b) -> {
                    throw new KnowledgeBaseException("Two regimes for one premium: " + a + " and " + b);
                }).orElse(null);
        List<Reason> regimeReasons = regimes.stream()
                .sorted(Comparator.comparing(PremiumRegimeOutcome::reasonCode))
                .map(r -> reason(r.reasonCode(), List.of(), r.legalReference()))
                .toList();
        PremiumAmount amount = facts(session, PremiumAmount.class).stream().findFirst().orElse(null);
        if (amount != null) {
            parametersRead.addAll(amount.parameters());
        }
        PremiumHousehold household = single(facts(session, PremiumHousehold.class), "premium household rule");
        List<String> factsToVerify = Stream.concat(
                        conditions.stream().flatMap(c -> c.missingFacts().stream()),
                        household.missingFacts().stream())
                .distinct()
                .toList();
        return new InstallationPremiumDecision(
                single(facts(session, PremiumVerdict.class), "premium verdict").verdict(),
                regime,
                regimeReasons,
                amount == null ? null : amount.amount(),
                conditions,
                reason(household.reasonCode(), List.of(), household.legalReference()),
                factsToVerify);
    }

    private PremiumConditionResult premiumCondition(PremiumConditionId id, Outcome summary, List<PremiumConditionOutcome> findings) {
        if (summary == null) {
            throw new KnowledgeBaseException("No outcome for premium condition " + id);
        }
        List<PremiumConditionOutcome> ofCondition = findings.stream().filter(o -> o.condition() == id).toList();
        DecisiveFindings decisive = DecisiveFindings.of(ofCondition, summary, id.legalReference(), parametersRead, this::reason);
        return new PremiumConditionResult(id, summary, id.legalReference(), decisive.reasons(), decisive.missingFacts());
    }

    /** The competent-CPAS section; null when the dossier gives no competence facts. */
    CompetentCpasResult competentCpas(Dossier dossier, KieSession session, List<Deadline> deadlines) {
        if (dossier.competence() == null) {
            return null;
        }
        CompetenceOutcome outcome = single(facts(session, CompetenceOutcome.class), "competent CPAS");
        List<Reason> reasons = Stream.concat(
                        Stream.of(reason(outcome.reasonCode(), outcome.commune() == null ? List.of() : List.of(outcome.commune()),
                                outcome.legalReference())),
                        facts(session, CompetenceRemark.class).stream()
                                .sorted(Comparator.comparing(CompetenceRemark::reasonCode).thenComparing(r -> String.valueOf(r.args())))
                                .map(r -> reason(r.reasonCode(), r.args(), r.legalReference())))
                .toList();
        Deadline forward = deadlines.stream().filter(d -> d.kind() == DeadlineKind.FORWARD_IF_INCOMPETENT).findFirst().orElse(null);
        return new CompetentCpasResult(outcome.status(), outcome.situation(), outcome.commune(), reasons, outcome.missingFacts(), forward);
    }

    /** Every deadline the rules computed, in the order of the procedure. */
    List<Deadline> deadlines(KieSession session) {
        return facts(session, DeadlineFact.class).stream()
                .sorted(Comparator.comparing(DeadlineFact::kind))
                .map(this::deadline)
                .toList();
    }

    private Deadline deadline(DeadlineFact fact) {
        parametersRead.addAll(fact.parameters());
        return new Deadline(fact.kind(), fact.date(), fact.countedFrom(),
                messages.text(language, "deadline." + fact.explanationCode(), fact.args()),
                fact.legalReference(), fact.missingFacts());
    }

    private Reason reason(String code, List<Object> args, LegalReference reference) {
        return new Reason(code, messages.text(language, "reason." + code, args), reference);
    }
}
