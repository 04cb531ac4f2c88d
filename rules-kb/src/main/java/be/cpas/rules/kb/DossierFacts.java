package be.cpas.rules.kb;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.kie.api.runtime.KieSession;

import be.cpas.rules.model.Applicant;
import be.cpas.rules.model.Dossier;

/** Puts the dossier and each of its known parts into the session, so the rules can match them directly. */
final class DossierFacts {
    private DossierFacts() {
    }

    static void insert(KieSession session, Dossier dossier) {
        session.insert(dossier);
        Applicant applicant = dossier.applicant();
        insertIfKnown(session, applicant);
        insertIfKnown(session, applicant == null ? null : applicant.studies());
        insertIfKnown(session, dossier.residence());
        insertIfKnown(session, dossier.workAvailability());
        insertIfKnown(session, dossier.otherRights());
        insertIfKnown(session, dossier.capital());
        insertIfKnown(session, dossier.cpasChoices());
        insertIfKnown(session, dossier.legalAssumptions());
        listOrEmpty(dossier.household(), Function.identity()).forEach(session::insert);
        insertIfKnown(session, dossier.installationPremium());
        insertIfKnown(session, dossier.competence());
        insertIfKnown(session, dossier.procedure());
    }

    private static void insertIfKnown(KieSession session, Object fact) {
        if (fact != null) {
            session.insert(fact);
        }
    }

    private static <T, R> List<R> listOrEmpty(List<T> list, Function<T, R> mapper) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).map(mapper).toList();
    }
}
