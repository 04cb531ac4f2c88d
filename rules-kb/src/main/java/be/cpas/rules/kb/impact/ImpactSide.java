package be.cpas.rules.kb.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.parameters.ParameterOverride;
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

    /**
     * An override as an analyst types it: {@code name=from:value}, e.g.
     * {@code index.social_benefit_coefficient=2026-10-01:1.8114}.
     *
     * @throws IllegalArgumentException saying what is wrong (the name is checked by {@link RulesEngine#withOverrides})
     */
    public static ParameterOverride override(String text) {
        int equals = text.indexOf('=');
        int colon = text.indexOf(':', equals + 1);
        if (equals < 1 || colon < 0) {
            throw new IllegalArgumentException("'" + text + "': an override is name=from:value, e.g. "
                    + "index.social_benefit_coefficient=2026-10-01:1.8114");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(text.substring(equals + 1, colon).strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "': the date after '=' is not a date yyyy-MM-dd");
        }
        try {
            return new ParameterOverride(text.substring(0, equals).strip(), from, new BigDecimal(text.substring(colon + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': the value after ':' is not a number");
        }
    }

    Dossier dossierToDecide(Dossier dossier) {
        if (asOf == null) {
            return dossier;
        }
        return dossier.withRequestDate(asOf);
    }
}
