package be.cpas.rules.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import be.cpas.rules.kb.batch.BatchSummary;

/**
 * Many dossiers in one request, one JSON object a line, answered one result a line in the same order, written as
 * they are decided, on every core. The body is first copied to a temporary file as it arrives ({@link CaseloadBodies}),
 * then decided from it; the file is deleted once the answer is written or given up. Memory stays bounded however large
 * the body (a few buffers, a window of lines in flight, each line at most as long as one dossier's body); the body is
 * bounded by {@code cpas.http.caseload-max-body-size} and the disk. At most {@code cpas.batch.max-concurrent} batches
 * run at once ({@link BatchAdmission}).
 */
@Path(BatchDecisionResource.PATH)
public class BatchDecisionResource {

    public static final String NDJSON = "application/x-ndjson";
    static final String PATH = "/v1/decisions/batch";

    private static final Logger LOG = Logger.getLogger(BatchDecisionResource.class);

    @Inject
    RulesEngineHolder holder;

    @Inject
    ObjectMapper mapper;

    @Inject
    DossierValidation validation;

    @Inject
    CaseloadBodies caseloads;

    @Inject
    BodySizeLimit limits;

    @Inject
    MeterRegistry registry;

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Decide many dossiers (JSON Lines)",
            description = "Each line of the body is a dossier as POST /v1/decisions takes it. Each line of the answer is "
                    + "{\"line\":n,\"decision\":{...}} or, for a line that is not a valid dossier or cannot be decided, "
                    + "{\"line\":n,\"errors\":[\"field: problem\"]}, in the order of the body; a bad line never stops the others. "
                    + "The body may be large (cpas.http.caseload-max-body-size, 2 GB by default: about 1.2 million dossiers): it is "
                    + "stored on the service's disk as it arrives, then decided on every core, and the answer is streamed. "
                    + "Each line may be as long as one dossier sent alone (256 KB). A few batches run at once (429 beyond).")
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
    @APIResponse(responseCode = "408", description = "Nothing of the body arrived for cpas.http.body-timeout.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over cpas.http.caseload-max-body-size.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "As many batches run as may (cpas.batch.max-concurrent): try again later.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The rule pack is not compiled yet, or the body could not be stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decideBatch(InputStream body, @QueryParam("lean") @DefaultValue("false") boolean lean,
            @Context HttpHeaders headers, @Context RoutingContext request) throws IOException {
        RulesEngine engine = holder.engine().orElseThrow(EngineNotReadyException::new);
        java.nio.file.Path dossiers = caseloads.temporaryFile();
        request.addEndHandler(done -> delete(dossiers));  // also when the answer is never written
        caseloads.copy(body, dossiers, request);
        String language = Languages.choose(headers);
        BatchDecider decider = BatchDecider.allCores(engine, DossierReader.lineReader(mapper, validation, language, limits.lineLimit()))
                .withLanguage(Locale.forLanguageTag(language)).lean(lean);
        StreamingOutput answer = output -> {
            try (Reader in = new InputStreamReader(Files.newInputStream(dossiers), StandardCharsets.UTF_8)) {
                delete(dossiers);  // open, the file stays readable; gone from the disk's folders now
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
                BatchSummary summary = decider.run(in, out, lines -> { });
                count("decided", summary.decided());
                count("bad_line", summary.errorCount());
            }
        };
        return Response.ok(answer, NDJSON).header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }

    private void count(String outcome, long lines) {
        Counter.builder("cpas.batch.lines").description("Lines of the batches answered in full, decided or bad")
                .tag("outcome", outcome).register(registry).increment(lines);
    }

    private static void delete(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Batch file not deleted: %s", e.getClass().getSimpleName());
        }
    }
}
