package be.cpas.rules.kb.impact;

import java.time.LocalDate;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.model.Dossier;

/**
 * One side of an impact comparison: an engine (a pack, possibly with parameter overrides) and, optionally, the
 * date as of which every dossier is decided. With a date, each dossier's request date is replaced by it and
 * nothing else moves: the same facts (birth dates, resources, household) decided with the law in force at that
 * date, as if the request were made then (so ages are those at that date). Without one, each dossier keeps its
 * own request date.
 *
 * @param label what the analyst calls it in the report ("baseline", a pack version, "2026-03-01")
 */
public record ImpactSide(String label, RulesEngine engine, LocalDate asOf) {

    public static ImpactSide of(String label, RulesEngine engine) {
        return new ImpactSide(label, engine, null);
    }

    Dossier dossierToDecide(Dossier dossier) {
        if (asOf == null) {
            return dossier;
        }
        return new Dossier(asOf, dossier.applicant(), dossier.residence(), dossier.workAvailability(), dossier.otherRights(),
                dossier.household(), dossier.resources(), dossier.capital(), dossier.properties(), dossier.cpasChoices(),
                dossier.legalAssumptions(), dossier.installationPremium(), dossier.competence(), dossier.procedure());
    }
}
