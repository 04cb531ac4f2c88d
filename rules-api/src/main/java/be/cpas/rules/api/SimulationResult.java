package be.cpas.rules.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.cpas.rules.model.Decision;

/** The answer of a what-if: what was simulated, then the decision the rules gave, which is not a legal decision. */
@Schema(name = "SimulationResult", description = "A simulation: never a legal decision. 'decision' has no mentions (nothing to sign or notify) "
        + "and its first notice is SIMULATION.")
public record SimulationResult(Simulation simulation, Decision decision) {

    @Schema(name = "Simulation", description = "What makes this answer a simulation.")
    public record Simulation(
            @Schema(description = "Always false: a simulation may not be signed, notified or relied on as a decision.", example = "false")
            boolean legalDecision,
            @Schema(description = "The same, in the language asked.")
            String statement,
            @Schema(description = "The rule pack the overrides were applied to (the decision's rulesVersion).")
            String rulesVersion,
            @Schema(description = "The parameter values applied instead of the pack's, as sent.")
            List<SimulationRequest.ParameterChange> overrides) {
    }
}
