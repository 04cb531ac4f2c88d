package be.cpas.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.impact.ImpactReport;
import be.cpas.rules.kb.impact.ImpactSide;
import be.cpas.rules.kb.parameters.ParameterOverride;

/**
 * Impact of a change on a caseload, as a job: start it with the caseload as the body (JSON Lines), poll its progress,
 * fetch its report as JSON, CSV or a Markdown summary. The baseline is a stored pack (the active one by default); the
 * alternative another stored pack, the baseline at another date, or the baseline with parameter overrides.
 */
@Path(ImpactJobResource.PATH)
@RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
public class ImpactJobResource {

    static final String PATH = "/v1/admin/impact";

    public static final String CSV = "text/csv";
    public static final String MARKDOWN = "text/markdown";
    private static final String EXAMPLE_ID = "0b6f6d0e-6c1a-4d38-9a43-7d1c2f0e9b21";

    /** What a poll tells. */
    public record JobStatus(String id, ImpactJobs.JobState state, long linesRead, long totalLines, int percent,
            ImpactReport.Side baseline, ImpactReport.Side alternative, Instant createdAt, Instant finishedAt, String result) {
        static JobStatus of(ImpactJobs.Job job) {
            long total = job.totalLines();
            int percent = job.state() == ImpactJobs.JobState.DONE ? 100
                    : total == 0 ? 0 : (int) Math.min(99, job.linesRead() * 100 / total);
            return new JobStatus(job.id(), job.state(), job.linesRead(), total, percent, job.baseline(), job.alternative(),
                    job.createdAt(), job.finishedAt(), "/v1/admin/impact/" + job.id() + "/result");
        }
    }

    @Inject
    ImpactJobs jobs;

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

    @POST
    @Consumes(BatchDecisionResource.NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an impact job on a caseload (JSON Lines)",
            description = "Compares how two packs, or one pack at two dates, or a pack and parameter overrides decide every "
                    + "dossier of the body. Answers 202 with the job; poll it, then fetch its result. The body may be a whole "
                    + "caseload (cpas.http.caseload-max-body-size, 2 GB): it is written to the job's folder as it arrives.")
    @RequestBody(required = true, description = "The caseload: dossiers, one JSON object a line, as POST /v1/decisions takes them.",
            content = @Content(mediaType = BatchDecisionResource.NDJSON, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two-dossiers", summary = "A dossier, then a line with no request date (counted as a bad line)",
                            value = "{\"requestDate\":\"2025-03-10\",\"applicant\":{\"birthDate\":\"1990-05-14\",\"stayStatus\":\"BELGIAN\"}}\n"
                                    + "{\"applicant\":{}}\n")))
    @APIResponse(responseCode = "202", description = "The job is queued: poll the address in Location.")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in errors.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "408", description = "Nothing of the body arrived for cpas.http.body-timeout.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over cpas.http.caseload-max-body-size.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "As many jobs wait as may: try again later.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startImpactJob(InputStream caseload,
            @Parameter(description = "Rules version (or content hash) of the baseline pack; the active pack when left out") @QueryParam("baseline") String baseline,
            @Parameter(description = "Rules version (or content hash) of the alternative pack; the baseline's when left out") @QueryParam("alternative") String alternative,
            @Parameter(description = "Decide every dossier as of this date (yyyy-MM-dd) instead of its own; both sides unless 'against' is given", example = "2026-03-01") @QueryParam("at") String at,
            @Parameter(description = "The alternative decides every dossier as of this date (yyyy-MM-dd)", example = "2026-10-15") @QueryParam("against") String against,
            @Parameter(description = "A parameter value of the alternative, name=from:value (repeatable)", example = "index.social_benefit_coefficient=2026-10-01:1.8114") @QueryParam("override") List<String> overrides,
            @Context HttpHeaders headers, @Context RoutingContext request) throws IOException {
        String language = Languages.choose(headers);
        List<Violation> violations = new ArrayList<>();
        LocalDate atDate = date("at", at, violations);
        LocalDate againstDate = date("against", against, violations);
        List<ParameterOverride> values = new ArrayList<>();
        for (String override : overrides == null ? List.<String>of() : overrides) {
            try {
                values.add(ImpactSide.override(override));
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of("override", "impact.override"));
            }
        }
        if (violations.isEmpty() && alternative == null && againstDate == null && values.isEmpty()) {
            violations.add(Violation.of("alternative", "impact.nothingToCompare"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        RulesEngine before = baseline == null ? holder.engine().orElseThrow(EngineNotReadyException::new) : holder.engineFor(baseline);
        RulesEngine after = alternative == null ? before : holder.engineFor(alternative);
        try {
            after = values.isEmpty() ? after : after.withOverrides(values);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(Violation.of("override", "impact.overrideUnknown")));
        }
        ImpactJobs.Job job = jobs.start(
                new ImpactSide(baseline == null ? "active pack" : baseline, before, atDate),
                new ImpactSide(alternative == null ? (baseline == null ? "active pack" : baseline) : alternative, after,
                        againstDate == null ? atDate : againstDate),
                file -> caseloads.copy(caseload, file, request),
                DossierReader.lineReader(mapper, validation, language, limits.lineLimit()));
        return Response.accepted(JobStatus.of(job)).location(URI.create("/v1/admin/impact/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The progress of an impact job: state, lines read, percent")
    public JobStatus impactJobStatus(@Parameter(description = "The job's id, as the start answered it", example = EXAMPLE_ID) @PathParam("id") String id) {
        return JobStatus.of(job(id));
    }

    @GET
    @Path("/{id}/result")
    @Produces({ MediaType.APPLICATION_JSON, CSV, MARKDOWN })
    @Operation(summary = "The report of a finished impact job: JSON, CSV (one row per changed dossier) or a Markdown summary",
            description = "The format is chosen by the query parameter 'format' (json, csv, summary), else by Accept.")
    @APIResponse(responseCode = "409", description = "The job is not done yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response impactJobResult(@Parameter(description = "The job's id, as the start answered it", example = EXAMPLE_ID) @PathParam("id") String id,
            @Parameter(description = "json, csv or summary; overrides Accept", example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ImpactReport.Format chosen;
        try {
            chosen = format != null ? ImpactReport.Format.parse(format) : formatAccepted(headers);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(Violation.of("format", "field.enum", "json, csv, summary")));
        }
        ImpactJobs.Job job = job(id);
        if (job.state() != ImpactJobs.JobState.DONE) {
            return ProblemMappers.problem(409, "impact-not-done", Languages.choose(headers), List.of(job.state().name()), null, null);
        }
        String type = switch (chosen) {
            case JSON -> MediaType.APPLICATION_JSON;
            case CSV -> CSV + "; charset=UTF-8";
            case SUMMARY -> MARKDOWN + "; charset=UTF-8";
        };
        return Response.ok(job.report(chosen).toFile(), type).build();
    }

    private ImpactJobs.Job job(String id) {
        return jobs.find(id).orElseThrow(UnknownJobException::new);
    }

    private static ImpactReport.Format formatAccepted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return ImpactReport.Format.CSV;
            }
            if (type.isCompatible(MediaType.valueOf(MARKDOWN)) && !type.isWildcardType()) {
                return ImpactReport.Format.SUMMARY;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return ImpactReport.Format.JSON;
            }
        }
        return ImpactReport.Format.JSON;
    }

    private static LocalDate date(String field, String text, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "field.date"));
            return null;
        }
    }

    /** No impact job has this id (or it was forgotten: only the last ones are kept). */
    static final class UnknownJobException extends RuntimeException {
        UnknownJobException() {
            super("unknown impact job", null, false, false);
        }
    }
}
