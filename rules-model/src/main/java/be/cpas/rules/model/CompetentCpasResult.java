package be.cpas.rules.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The CPAS competent for the request (loi du 2 avril 1965) and what an incompetent CPAS must do.")
public record CompetentCpasResult(
        CompetenceStatus status,
        @Schema(description = "The situation that decided it; absent when it cannot be told yet.")
        CompetenceSituation situation,
        @Schema(description = "The commune whose CPAS is competent; absent when TO_VERIFY.", example = "Liège")
        String commune,
        @Schema(description = "The rule applied, with its provision, and any remark (a reference address ignored, an uncertain rule).")
        List<Reason> reasons,
        @Schema(description = "Dossier fields (JSON paths) that are missing.", example = "[\"competence.habitualResidenceCommune\"]")
        List<String> missingFacts,
        @Schema(description = "An incompetent CPAS acknowledges receipt and forwards the request to the competent one by this date.")
        Deadline forwardIfIncompetent,
        @Schema(description = "The same facts named in words, in the language asked, in the same order: the text a person reads.")
        List<String> missingFactsText) {
}
