package be.cpas.rules.api;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.batch.BatchDecider;

/**
 * Many dossiers in one request, one JSON object a line, answered one result a line in the same order, written
 * as they are decided (the body is read whole first, so that it arrives within cpas.http.body-timeout). The whole body is bounded by quarkus.http.limits.max-body-size like any request (a few
 * hundred dossiers); a caseload goes through the command line ({@code cpas decide}), which has no limit.
 */
@Path("/v1/decisions/batch")
public class BatchDecisionResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    RulesEngineHolder holder;

    @Inject
    ObjectMapper mapper;

    @Inject
    DossierValidation validation;

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Decide many dossiers (JSON Lines)",
            description = "Each line of the body is a dossier as POST /v1/decisions takes it. Each line of the answer is "
                    + "{\"line\":n,\"decision\":{...}} or, for a line that is not a valid dossier or cannot be decided, "
                    + "{\"line\":n,\"errors\":[\"field: problem\"]}, in the order of the body; a bad line never stops the others. "
                    + "The body is bounded by the same size as one request (quarkus.http.limits.max-body-size, 256 KB): "
                    + "larger caseloads go through the command line (cpas decide).")
    @RequestBody(required = true, description = "Dossiers, one JSON object a line.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two-dossiers", summary = "A dossier, then a line with no request date",
                            value = "{\"requestDate\":\"2025-03-10\",\"applicant\":{\"birthDate\":\"1990-05-14\",\"stayStatus\":\"BELGIAN\"}}\n"
                                    + "{\"applicant\":{}}\n")))
    @Parameter(name = "lean", in = ParameterIn.QUERY, required = false,
            description = "true: verdicts, outcomes and amounts only, without texts or calculation sheet.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, required = false,
            description = "Language of reasons, labels and errors: fr, nl or de (French when absent or not supported).",
            schema = @Schema(type = SchemaType.STRING), example = "fr")
    @APIResponse(responseCode = "200", description = "One result a line, in the order of the body.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = "The rule pack is not compiled yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decideBatch(InputStream body, @QueryParam("lean") @DefaultValue("false") boolean lean,
            @Context HttpHeaders headers, @Context RoutingContext request) throws java.io.IOException {
        // Read whole (it is bounded by the body size limit) before deciding: the body must arrive within
        // cpas.http.body-timeout, however long the decisions take.
        byte[] dossiers = body.readAllBytes();
        RequestGuards.bodyReceived(request);
        RulesEngine engine = holder.engine().orElseThrow(EngineNotReadyException::new);
        String language = Languages.choose(headers);
        BatchDecider decider = BatchDecider.allCores(engine, DossierReader.lineReader(mapper, validation, language))
                .withLanguage(Locale.forLanguageTag(language)).lean(lean);
        StreamingOutput answer = output -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            decider.run(new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(dossiers), StandardCharsets.UTF_8)), out, lines -> { });
            out.flush();
        };
        return Response.ok(answer, NDJSON).header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }
}
