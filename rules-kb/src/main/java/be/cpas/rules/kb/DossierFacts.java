package be.cpas.rules.kb;

import java.util.List;

import org.kie.api.runtime.KieSession;

import be.cpas.rules.kb.facts.HouseholdPerson;
import be.cpas.rules.kb.facts.OwnedProperty;
import be.cpas.rules.kb.facts.OwnedResource;
import be.cpas.rules.kb.facts.PaidMaintenance;
import be.cpas.rules.kb.facts.ResourceOwner;
import be.cpas.rules.model.Applicant;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.HouseholdMember;
import be.cpas.rules.model.MaintenancePayment;
import be.cpas.rules.model.Property;
import be.cpas.rules.model.Relation;
import be.cpas.rules.model.Resource;

/**
 * Puts the dossier and each of its known parts into the session, so the rules can match them directly.
 * Household members, resources and properties go in with their place in the dossier (the path a rule
 * names when a fact is missing) and, for resources, with the person who receives them.
 */
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
        insertIfKnown(session, dossier.installationPremium());
        insertIfKnown(session, dossier.competence());
        insertIfKnown(session, dossier.procedure());
        insertIfKnown(session, dossier.piis());
        List<MaintenancePayment> payments = dossier.maintenancePaid();
        for (int i = 0; payments != null && i < payments.size(); i++) {
            if (payments.get(i) != null) {
                session.insert(new PaidMaintenance(i, payments.get(i), "maintenancePaid[" + i + "]"));
            }
        }
        insertResources(session, dossier.resources(), ResourceOwner.APPLICANT, -1, null, "resources");
        List<HouseholdMember> household = dossier.household();
        for (int i = 0; household != null && i < household.size(); i++) {
            HouseholdMember member = household.get(i);
            if (member != null) {
                String path = "household[" + i + "]";
                session.insert(new HouseholdPerson(i, member, path));
                insertResources(session, member.resources(), ResourceOwner.HOUSEHOLD_MEMBER, i, member.relation(), path + ".resources");
            }
        }
        List<Property> properties = dossier.properties();
        for (int i = 0; properties != null && i < properties.size(); i++) {
            if (properties.get(i) != null) {
                session.insert(new OwnedProperty(i, properties.get(i), "properties[" + i + "]"));
            }
        }
    }

    private static void insertResources(KieSession session, List<Resource> resources, ResourceOwner owner,
                                        int memberIndex, Relation relation, String listPath) {
        for (int i = 0; resources != null && i < resources.size(); i++) {
            if (resources.get(i) != null) {
                session.insert(new OwnedResource(owner, memberIndex, relation, resources.get(i), i, listPath + "[" + i + "]"));
            }
        }
    }

    private static void insertIfKnown(KieSession session, Object fact) {
        if (fact != null) {
            session.insert(fact);
        }
    }
}
