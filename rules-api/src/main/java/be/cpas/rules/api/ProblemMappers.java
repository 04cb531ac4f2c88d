package be.cpas.rules.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import be.cpas.rules.kb.DecisionTimeoutException;
import be.cpas.rules.kb.packs.RulePacks;
import be.cpas.rules.kb.parameters.DateOutOfRangeException;
import be.cpas.rules.kb.verification.PackVerifier;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * The one place where errors become answers: every error is an RFC 9457 problem
 * (application/problem+json) in the caller's language, never a stack trace. Nothing from the request
 * body is logged: only the kind of problem, the field names and an occurrence id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "urn:cpas-rules:problem:";

    @Inject
    AccessSettings access;

    @Inject
    BodySizeLimit bodySizeLimit;

    /** The request being answered, whose upload a refusal ends. */
    @Inject
    CurrentVertxRequest currentRequest;

    /**
     * A refusal of a body not read whole: the client may still be sending it. The answer closes an HTTP/1.1
     * connection, or ends an HTTP/2 stream ({@link RequestGuards#endUploadAfterAnswer}).
     */
    private Response endingUpload(Response response) {
        response.getHeaders().add("Connection", "close");
        RequestGuards.endUploadAfterAnswer(currentRequest.getCurrent());
        return response;
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, HttpHeaders headers) {
        return invalid(e.violations(), e.count(), e.more(), Languages.choose(headers));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers) {
        return invalid(List.of(Violation.of(Violation.BODY, "json.unreadable")), 1, false, Languages.choose(headers));
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, HttpHeaders headers) {
        LOG.debug("Request refused: 413, body over the limit");
        List<?> args = List.of(String.valueOf(e.limit()));
        return endingUpload(problem(413, "payload-too-large", Languages.choose(headers), args, null, null));
    }

    @ServerExceptionMapper
    public Response dateOutOfRange(DateOutOfRangeException e, HttpHeaders headers) {
        String language = Languages.choose(headers);
        return problem(422, "date-out-of-range", language, List.of(),
                List.of(Violation.of("requestDate", "field.dateOutOfRange")), null);
    }

    @ServerExceptionMapper
    public Response decisionTimeout(DecisionTimeoutException e, HttpHeaders headers) {
        // The dossier is fine; the rules are not. No Retry-After: the same dossier would meet the same loop.
        return problem(503, "decision-timeout", Languages.choose(headers), List.of(String.valueOf(e.limit().toMillis())), null, null);
    }

    @ServerExceptionMapper
    public Response notReady(EngineNotReadyException e, HttpHeaders headers) {
        Response response = problem(503, "not-ready", Languages.choose(headers), List.of(), null, null);
        response.getHeaders().add("Retry-After", "5");
        return response;
    }

    @ServerExceptionMapper
    public Response unknownPack(RulePacks.UnknownPackException e, HttpHeaders headers) {
        return problem(404, "pack-unknown", Languages.choose(headers), List.of(), null, null);
    }

    @ServerExceptionMapper
    public Response packsOff(PacksOffException e, HttpHeaders headers) {
        return problem(404, "packs-off", Languages.choose(headers), List.of(), null, null);
    }

    /** No identity sent: 401 with the ways to sign in; or nobody can sign in at all: the operation is off. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return notSignedIn(headers);
    }

    /** Credentials sent but not accepted (wrong password, bad or expired token): the same answer, nothing more said. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return notSignedIn(headers);
    }

    private Response notSignedIn(HttpHeaders headers) {
        String language = Languages.choose(headers);
        if (!access.on()) {
            return problem(403, "access-off", language, List.of(), null, null);
        }
        Response response = problem(401, "unauthorized", language, List.of(), null, null);
        access.challenges().forEach(challenge -> response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, challenge));
        return response;
    }

    /** A bearer token came, but the OIDC identity provider cannot be reached to check it: retry later. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, HttpHeaders headers) {
        LOG.warnf("OIDC identity provider unavailable: %s", e.getClass().getName());
        Response response = problem(503, "identity-provider-unavailable", Languages.choose(headers), List.of(), null, null);
        response.getHeaders().add("Retry-After", "30");
        return response;
    }

    /** Signed in, without the role the operation needs: the detail names the role(s). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, ResourceInfo resource) {
        return problem(403, "forbidden", Languages.choose(headers), List.of(String.join(", ", rolesAllowed(resource))), null, null);
    }

    private static List<String> rolesAllowed(ResourceInfo resource) {
        RolesAllowed roles = resource == null || resource.getResourceMethod() == null ? null
                : Optional.ofNullable(resource.getResourceMethod().getAnnotation(RolesAllowed.class))
                        .orElse(resource.getResourceClass().getAnnotation(RolesAllowed.class));
        return roles == null ? List.of(Roles.ADMIN) : List.of(roles.value());
    }

    @ServerExceptionMapper
    public Response unknownImpactJob(ImpactJobResource.UnknownJobException e, HttpHeaders headers) {
        return problem(404, "impact-job-unknown", Languages.choose(headers), List.of(), null, null);
    }

    @ServerExceptionMapper
    public Response impactBusy(ImpactJobs.BusyException e, HttpHeaders headers) {
        Response response = problem(429, "impact-busy", Languages.choose(headers), List.of(), null, null);
        response.getHeaders().add("Retry-After", "60");
        return endingUpload(response);
    }

    /** A caseload the disk could not take (full, not writable): the operator's concern, so logged; the client may retry. */
    @ServerExceptionMapper
    public Response caseloadStorage(CaseloadBodies.StorageUnavailableException e, HttpHeaders headers) {
        LOG.errorf("Caseload not stored: %s", e.getCause().getMessage());
        Response response = problem(503, "caseload-storage", Languages.choose(headers), List.of(), null, null);
        response.getHeaders().add("Retry-After", "60");
        return endingUpload(response);
    }

    /** A stored pack that does not verify under this engine: each problem with its file (and line). */
    @ServerExceptionMapper
    public Response packRefused(RulePacks.PackRefusedException e, HttpHeaders headers) {
        return packProblems(e.problems(), Languages.choose(headers));
    }

    static Response packProblems(List<PackVerifier.Problem> problems, String language) {
        Response response = problem(422, "pack-refused", language, List.of(String.valueOf(problems.size())), null, null);
        Problem base = (Problem) response.getEntity();
        Problem withErrors = new Problem(base.type(), base.title(), base.status(), base.detail(), base.instance(),
                problems.stream().map(p -> new Problem.FieldError(p.where(), p.reason())).toList());
        return Response.fromResponse(response).entity(withErrors).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, headers);
        }
        String kind = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http";
        };
        LOG.debugf("Request refused: %d %s", status, kind);
        List<?> args = List.of(String.valueOf(status == 413 ? bodySizeLimit.limit() : status));
        Response response = problem(status, kind, Languages.choose(headers), args, null, null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            response.getHeaders().add("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, HttpHeaders headers) {
        UUID id = UUID.randomUUID();
        // The exception's message may quote the dossier: log its type and where it was thrown, not its text.
        LOG.errorf("Internal error %s: %s", id, Problems.describeWithoutMessages(e));
        return problem(500, "internal", Languages.choose(headers), List.of(), null, id);
    }

    /** {@code more}: the checks stopped once the answer was full, and the detail says "N or more". */
    private static Response invalid(List<Violation> violations, int count, boolean more, String language) {
        // Kinds only: even field names may come from the caller (an unknown field's name is whatever was sent).
        LOG.debugf("Invalid request: %d violation(s) of kinds %s", count,
                violations.stream().map(Violation::key).distinct().sorted().toList());
        return problem(400, "invalid-request", more ? "problem.invalid-request.detail-more" : "problem.invalid-request.detail",
                language, List.of(String.valueOf(count)), violations, null);
    }

    static Response problem(int status, String kind, String language, List<?> detailArgs, List<Violation> violations, UUID id) {
        return problem(status, kind, "problem." + kind + ".detail", language, detailArgs, violations, id);
    }

    private static Response problem(int status, String kind, String detailKey, String language, List<?> detailArgs,
            List<Violation> violations, UUID id) {
        List<Problem.FieldError> errors = violations == null ? null : violations.stream()
                .limit(Violations.SHOWN)
                .map(v -> new Problem.FieldError(v.field(), ApiMessages.text(language, v.key(), v.args())))
                .toList();
        Problem problem = new Problem(
                TYPE_PREFIX + kind,
                ApiMessages.text(language, "problem." + kind + ".title"),
                status,
                ApiMessages.text(language, detailKey, detailArgs),
                "urn:uuid:" + (id == null ? UUID.randomUUID() : id),
                errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .entity(problem)
                .build();
    }
}
