package be.cpas.rules.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which kind of help the dossier is decided under, and why.")
public record RouteResult(
        Route route,
        Reason reason,
        @Schema(description = "Conditions of art 3 L that this route does not require (ERIS does not require the nationality condition).")
        List<String> conditionsNotRequired) {
}
