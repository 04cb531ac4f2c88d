package be.cpas.rules.kb.facts;

import java.util.List;

import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.Route;

/** The route a dossier is decided under (route.drl), and the conditions of art 3 L that route does not require. */
public record RouteOutcome(
        Route route,
        String reasonCode,
        LegalReference legalReference,
        List<String> conditionsNotRequired) {
}
