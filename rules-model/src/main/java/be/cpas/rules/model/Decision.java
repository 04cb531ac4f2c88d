package be.cpas.rules.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The decision on a dossier: verdict, route, every condition with its reasons and legal reference.")
public record Decision(
        @Schema(description = "Date of the request: the law in force at this date was applied.")
        LocalDate requestDate,
        @Schema(description = "Content hash of the rules, parameters and messages used: replaying the dossier on the same version gives the same decision.")
        String rulesVersion,
        @Schema(description = "Language of the messages (fr, nl or de).", example = "fr")
        String language,
        Verdict verdict,
        RouteResult route,
        @Schema(description = "The six conditions of art 3 L, in the law's order.")
        List<ConditionResult> conditions,
        @Schema(description = "Every fact to verify before the CPAS can decide, over all conditions.")
        List<String> factsToVerify,
        CategoryResult category,
        @Schema(description = "The RIS (or ERIS) amount; absent when it cannot be computed.")
        Amount amount,
        @Schema(description = "The calculation sheet: one line per step, in the law's order.")
        List<CalculationLine> calculationSheet,
        @Schema(description = "Every dated parameter read, with its effective date, source and status.")
        List<ParameterUse> parametersUsed,
        @Schema(description = "Warnings: amounts that may be stale, uncertain or derived figures used, suspensions.")
        List<Notice> notices,
        @Schema(description = "The installation premium; absent when the dossier does not ask for it.")
        InstallationPremiumDecision installationPremium,
        @Schema(description = "The competent CPAS; absent when the dossier gives no competence facts.")
        CompetentCpasResult competentCpas,
        @Schema(description = "The deadlines of the procedure, counted from the request, decision and notification dates.")
        List<Deadline> deadlines,
        @Schema(description = "Only when asked (trace=true): every rule that fired, in order, with what it read and concluded.")
        List<TraceStep> trace,
        @Schema(description = "The same facts named in words, in the language asked, in the same order: the text a person reads.")
        List<String> factsToVerifyText,
        @Schema(description = "How often the amount is paid (art 21, §2 L): MONTHLY; absent when no amount is granted.")
        Periodicity periodicity,
        @Schema(description = "The day from which the right runs, the day the CPAS received the request (art 21, §5 L); absent unless the right is granted.")
        LocalDate rightFrom,
        @Schema(description = "The CPAS's file reference, as the request gave it (procedure.fileReference); absent when it gave none.")
        String fileReference,
        @Schema(description = "The mentions the written decision must carry (art 20 and art 21, §2-3 L): periodicity, start of the right, appeal, its form and effect, the right to be heard; each in the language asked.")
        List<DecisionMention> mentions,
        @Schema(description = "The aid towards child maintenance paid (art 68quinquies LO); absent when the dossier gives no maintenance paid.")
        MaintenanceAidDecision maintenanceAid,
        @Schema(description = "Whether a PIIS must be concluded and by when, or that it is waived (arts 11 and 13 L); absent unless the RIS route applies and the right is not refused.")
        PiisDecision piis) {

    /**
     * The same findings as a what-if, never a decision the CPAS can sign: the simulation notice first, and neither the
     * mentions of a written decision nor a file reference.
     */
    public Decision asSimulation(Notice simulationNotice) {
        List<Notice> marked = new ArrayList<>();
        marked.add(simulationNotice);
        marked.addAll(notices);
        return new Decision(requestDate, rulesVersion, language, verdict, route, conditions, factsToVerify, category, amount,
                calculationSheet, parametersUsed, List.copyOf(marked), installationPremium, competentCpas, deadlines, trace,
                factsToVerifyText, periodicity, rightFrom, null, List.of(), maintenanceAid, piis);
    }
}
