package be.cpas.rules.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.cpas.rules.model.ConditionDescription;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/** The HTTP face of the rules engine: a dossier in, a decision out. Nothing else happens here. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RIS", description = "Decisions on the right to the revenu d'intégration sociale (leefloon)")
public class DecisionResource {

    @Inject
    DecisionService service;

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a dossier",
            description = "Applies the law in force at requestDate: the six conditions of art. 3 of the law of 26 May 2002, "
                    + "the route (RIS, ERIS or none) and the verdict, each with its reasons and legal reference; the category, "
                    + "the amount and the calculation sheet; when the dossier asks for them, the installation premium, "
                    + "the competent CPAS and the procedural deadlines. "
                    + "Reasons and labels follow Accept-Language (fr, nl, de; French by default). "
                    + "With trace=true the decision also lists every rule that fired, in order, with its DRL file, "
                    + "the provisions it applied, the facts and dated parameters it read and the facts it concluded.")
    @RequestBody(required = true, description = "The dossier: the facts known at the date of the request; unknown facts are left out.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Dossier.class),
                    examples = {
                            @ExampleObject(name = "cohabitant-with-partner",
                                    summary = "2025: a cohabiting applicant with a part-time wage, her partner on unemployment benefit",
                                    value = ApiExamples.DECISION_REQUEST),
                            @ExampleObject(name = "homeless-moving-in",
                                    summary = "2025: out of the street into a flat: RIS, installation premium, competent CPAS, deadlines",
                                    value = ApiExamples.HOMELESS_MOVING_IN) }))
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, required = false,
            description = "Language of reasons and labels: fr, nl or de (French when absent or not supported).",
            schema = @Schema(type = SchemaType.STRING), example = "fr")
    @Parameter(name = "trace", in = ParameterIn.QUERY, required = false,
            description = "true: add the trace of the rules that fired (larger and slower; for checking a decision by hand).",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
    @Parameter(name = "pack", in = ParameterIn.QUERY, required = false,
            description = "Replay: decide with the stored rule pack of this version (a decision's rulesVersion) instead of the active one; "
                    + "the same dossier and language give the same decision, byte for byte.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The decision; with trace=true, also its trace.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Decision.class),
                    examples = @ExampleObject(name = "trace-excerpt",
                            summary = "With trace=true: one step of the trace of the cohabitant example (the other fields as without trace)",
                            value = ApiExamples.TRACE_EXCERPT)))
    @APIResponse(responseCode = "400", description = "The request is not a valid dossier; errors names each bad field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-dossier", value = ApiExamples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "pack names no stored rule pack, or there is no pack store.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the limit (quarkus.http.limits.max-body-size).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json (or has no Content-Type).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "requestDate is before the first date the legal parameters cover (2005-08-01).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The rule pack is not compiled yet (retry after the Retry-After delay), "
            + "or the rules did not decide within the time limit (cpas.decision.time-limit).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @NonBlocking  // the body is read without a worker thread; the rules run on their own pool (DecisionService)
    public Uni<Response> decide(Dossier dossier, @QueryParam("trace") @DefaultValue("false") boolean trace,
            @QueryParam("pack") String pack, @Context HttpHeaders headers) {
        String language = Languages.choose(headers);
        Uni<Decision> decided = pack == null || pack.isBlank()
                ? service.decide(dossier, language, trace)
                : service.replay(pack.strip(), dossier, language, trace);
        return decided
                .map(decision -> Response.ok(decision).header(HttpHeaders.CONTENT_LANGUAGE, decision.language()).build());
    }

    @GET
    @Path("/conditions")
    @Operation(summary = "The six conditions of the RIS",
            description = "The conditions of art. 3 of the law of 26 May 2002, in the law's order, with their legal references; "
                    + "titles follow Accept-Language (fr, nl, de; French by default).")
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, required = false,
            description = "Language of the titles: fr, nl or de (French when absent or not supported).",
            schema = @Schema(type = SchemaType.STRING),
            examples = {
                    @ExampleObject(name = "french", summary = "French (the default)", value = "fr"),
                    @ExampleObject(name = "dutch", summary = "Dutch", value = "nl"),
                    @ExampleObject(name = "german", summary = "German", value = "de") })
    @APIResponse(responseCode = "200", description = "The six conditions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ConditionDescription.class),
                    examples = @ExampleObject(name = "conditions-fr", value = ApiExamples.CONDITIONS_RESPONSE)))
    @APIResponse(responseCode = "503", description = "The rule pack is not compiled yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response conditions(@Context HttpHeaders headers) {
        String language = Languages.choose(headers);
        return Response.ok(service.conditions(language)).header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }
}
