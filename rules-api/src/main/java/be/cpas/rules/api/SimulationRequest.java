package be.cpas.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.cpas.rules.model.Dossier;

/** A what-if: a dossier decided with parameter values in place of the law's (a reform), nothing activated. */
@Schema(name = "SimulationRequest", description = "A dossier and the parameter values to decide it with instead of the rule pack's.")
public record SimulationRequest(
        @NotNull
        @Schema(description = "The dossier, as for POST /v1/decisions.")
        Dossier dossier,
        @NotNull @Size(max = SimulationRequest.MAX_OVERRIDES)
        @Schema(description = "The reform: each parameter's new value from a date on. An empty list decides with the pack as written.")
        List<@NotNull @Valid ParameterChange> overrides) {

    static final int MAX_OVERRIDES = 50;

    /** One parameter's value from a date on, replacing the pack's values from that date. */
    @Schema(name = "ParameterChange", description = "From the date 'from' on, the parameter has this value (the pack's later values no longer apply). "
            + "A base or the social-benefit coefficient changes every indexed amount derived from it.")
    public record ParameterChange(
            @NotNull
            @Schema(description = "The parameter's name, as in parametersUsed and in the workbench's explorer.", example = "index.social_benefit_coefficient")
            String parameter,
            @NotNull
            @Schema(description = "The first day the value applies (YYYY-MM-DD).", example = "2026-01-01")
            LocalDate from,
            @NotNull @DecimalMin("0")
            @Schema(description = "The value, read as written (EUR/year for yearly amounts, a coefficient, 1 or 0 for a yes/no rule).", example = "1.8114")
            BigDecimal value) {
    }
}
