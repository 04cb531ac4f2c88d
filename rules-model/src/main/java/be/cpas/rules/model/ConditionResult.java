package be.cpas.rules.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of one condition (of the RIS, art 3 L, or of the installation premium), with its reasons and the facts to verify.")
public record ConditionResult(
        @Schema(description = "The condition's stable id, as the knowledge base declares it: RESIDENCE, AGE, NATIONALITY, RESOURCES,"
                + " WORK_AVAILABILITY, OTHER_RIGHTS for the RIS; DWELLING_FOUND, MAIN_RESIDENCE, HOMELESS_BEFORE, INCOME,"
                + " NEVER_RECEIVED for the installation premium.", example = "RESIDENCE")
        String condition,
        Outcome outcome,
        @Schema(description = "The provision that sets the condition.")
        LegalReference legalReference,
        List<Reason> reasons,
        @Schema(description = "Dossier fields (JSON paths) that are missing or need the CPAS's judgement.", example = "[\"applicant.birthDate\"]")
        List<String> missingFacts,
        @Schema(description = "The same facts named in words, in the language asked, in the same order: the text a person reads.")
        List<String> missingFactsText) {
}
