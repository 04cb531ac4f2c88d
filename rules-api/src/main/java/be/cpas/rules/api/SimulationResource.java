package be.cpas.rules.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.parameters.ParameterOverride;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Notice;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * What-if: a dossier decided with parameter values in place of the pack's (a reform), on the same compiled rules,
 * nothing activated. The answer is a simulation, never a legal decision: it says so, its first notice says so, and it
 * carries none of the mentions that make a decision one the CPAS can sign.
 */
@Path(SimulationResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class SimulationResource {

    static final String PATH = "/v1/simulations";

    static final String NOTICE_CODE = "SIMULATION";

    @Inject
    DecisionService service;

    @POST
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulate a reform on a dossier (what-if)",
            description = "Decides the dossier as POST /v1/decisions does, with each overridden parameter taking its new value "
                    + "from its date on (a base or the social-benefit coefficient changes every indexed amount derived from it). "
                    + "Nothing is activated. The answer is a simulation, never a legal decision: simulation.legalDecision is false, "
                    + "the decision's first notice is SIMULATION, it has no mentions, and parametersUsed cites each override as its source.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimulationRequest.class),
            examples = @ExampleObject(name = "coefficient-reform", summary = "A person living alone in 2025, with a coefficient of 1.8 from 2025-06-01",
                    value = ApiExamples.SIMULATION_REQUEST)))
    @Parameter(name = "pack", description = "Simulate on the stored rule pack of this version instead of the active one.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The simulation and the decision the rules gave with the overrides.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationResult.class)))
    @APIResponse(responseCode = "400", description = "A bad dossier field (named under 'dossier') or a bad override: an unknown parameter, "
            + "a yes/no parameter given neither 1 nor 0, a negative value, a bad date, the same parameter twice from one date.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "pack names no stored rule pack, or there is no pack store.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "requestDate is before the first date the legal parameters cover.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The rule pack is not compiled yet, or the rules did not decide within the time limit.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @NonBlocking  // as decisions: the rules run on their own pool
    public Uni<Response> simulate(SimulationRequest request, @QueryParam("pack") String pack, @Context HttpHeaders headers) {
        String language = Languages.choose(headers);
        return service.engine(pack == null || pack.isBlank() ? null : pack.strip())
                .map(engine -> reformed(engine, request.overrides()))
                .flatMap(engine -> service.decideWith(engine, request.dossier(), language, false))
                .map(decision -> Response.ok(result(decision, request.overrides(), language))
                        .header(HttpHeaders.CONTENT_LANGUAGE, decision.language()).build());
    }

    /** The engine with the overrides; each one that cannot apply to this pack is a 400 naming its field. */
    private static RulesEngine reformed(RulesEngine engine, List<SimulationRequest.ParameterChange> changes) {
        List<ParameterOverride> overrides = changes.stream().map(c -> new ParameterOverride(c.parameter(), c.from(), c.value())).toList();
        List<Violation> violations = engine.parameters().overrideProblems(overrides).stream()
                .map(problem -> switch (problem.kind()) {
                    case UNKNOWN_PARAMETER -> Violation.of("overrides[" + problem.index() + "].parameter", "field.unknownParameter");
                    case NOT_A_FLAG_VALUE -> Violation.of("overrides[" + problem.index() + "].value", "field.flagValue");
                    case TWICE_FROM_ONE_DATE -> Violation.of("overrides[" + problem.index() + "].from", "field.overrideTwice");
                })
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return engine.withOverrides(overrides);
    }

    private static SimulationResult result(Decision decision, List<SimulationRequest.ParameterChange> overrides, String language) {
        String statement = ApiMessages.text(language, "simulation.statement");
        return new SimulationResult(new SimulationResult.Simulation(false, statement, decision.rulesVersion(), overrides),
                decision.asSimulation(new Notice(NOTICE_CODE, statement)));
    }
}
