package be.cpas.rules.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before any resource sees them, requests that a reverse proxy would refuse too, each with a
 * problem+json answer and nothing in the log but its kind:
 * <ul>
 * <li>no Host header (HTTP/1.1 requires it): 400, with no stack trace in the log;</li>
 * <li>a body sent with no Content-Type: 415 (it is not guessed to be JSON);</li>
 * <li>a body still incomplete after {@code cpas.http.body-timeout}: 408 and the connection closed, so that
 *     a client sending a byte a second holds a connection for a bounded time (and never a thread: bodies are
 *     read without one, see DecisionResource). A caseload, which may take minutes to send, has that time between
 *     two pieces instead, like nginx's client_body_timeout ({@link #bodyProgress}).</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuards {

    private static final Logger LOG = Logger.getLogger(RequestGuards.class);
    private static final String BODY_WATCH = "cpas.body-watch";
    private static final String CONNECTION = "Connection";

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "cpas.http.body-timeout")
    Duration bodyTimeout;

    void install(@Observes Router router) {
        router.route().order(-4).handler(this::guard).failureHandler(this::hostRequired);
    }

    /** Vert.x fails a request without Host (400) before any handler; Quarkus would log a stack trace for it. */
    private void hostRequired(RoutingContext context) {
        if (context.statusCode() == 400 && context.request().authority() == null) {
            refuse(context, 400, "host-required", List.of());
        } else {
            context.next();
        }
    }

    private void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() == HttpVersion.HTTP_2) {
            // A connection header is malformed in HTTP/2 (RFC 9113 section 8.2.2): Netty would reset the stream, and the
            // client would get no answer at all. The refusals that close an HTTP/1.1 connection set it.
            context.addHeadersEndHandler(head -> context.response().headers().remove(CONNECTION));
        }
        if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuse(context, 415, "unsupported-media-type", List.of());
            return;
        }
        if (!request.isEnded()) {
            BodyWatch watch = new BodyWatch(context);
            context.put(BODY_WATCH, watch);
            context.addEndHandler(done -> watch.stop());
            watch.arm(bodyTimeout.toNanos());
        }
        context.next();
    }

    /**
     * A resource reading its body as a stream has it whole: no timeout any more. Vert.x may not mark such a request
     * ended before the answer is written, and the timer would otherwise cut a long answer with a 408.
     */
    static void bodyReceived(RoutingContext context) {
        BodyWatch watch = context.get(BODY_WATCH);
        if (watch != null) {
            watch.stop();
        }
    }

    /** A piece of a caseload's body arrived: its body timeout starts again. */
    static void bodyProgress(RoutingContext context) {
        BodyWatch watch = context.get(BODY_WATCH);
        if (watch != null) {
            watch.lastPiece = System.nanoTime();
        }
    }

    /** The body timeout of one request: {@code cpas.http.body-timeout} from the start, or from the last piece noted. */
    private final class BodyWatch {
        private final RoutingContext context;
        private volatile long lastPiece = System.nanoTime();
        private volatile long timer;
        private volatile boolean stopped;

        BodyWatch(RoutingContext context) {
            this.context = context;
        }

        void arm(long delayNanos) {
            timer = context.vertx().setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(delayNanos)), id -> expire());
        }

        private void expire() {
            if (stopped || context.request().isEnded() || context.response().headWritten()) {
                return;
            }
            long quiet = System.nanoTime() - lastPiece;
            if (quiet < bodyTimeout.toNanos()) {
                arm(bodyTimeout.toNanos() - quiet);
            } else {
                String kind = BodySizeLimit.isCaseload(context) ? "caseload-stalled" : "request-timeout";
                refuse(context, 408, kind, List.of(String.valueOf(bodyTimeout.toSeconds())));
            }
        }

        void stop() {
            stopped = true;
            context.vertx().cancelTimer(timer);
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD
                && ((length != null && !"0".equals(length.trim())) || request.getHeader("Transfer-Encoding") != null);
    }

    /** Answers with a problem in the caller's language and ends the upload ({@link #endUploadAfterAnswer}). */
    void refuse(RoutingContext context, int status, String kind, List<?> detailArgs) {
        String language = Languages.choose(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        LOG.debugf("Request refused: %d %s", status, kind);
        Problem problem = (Problem) ProblemMappers.problem(status, kind, language, detailArgs, null, null).getEntity();
        endUploadAfterAnswer(context);
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language)
                .putHeader(CONNECTION, "close")
                .end(json(problem));
    }

    /**
     * A request answered before its body was read whole (refused): over HTTP/1.1 the connection closes once the answer
     * is sent (the answer says {@code Connection: close}), so that the client stops sending. Over HTTP/2 the connection
     * carries other requests, which closing it would cut: the answer ends the request's stream, and whatever the
     * client still sends on it is read and dropped. (A RST_STREAM NO_ERROR after the answer, which RFC 9113 section
     * 8.1 allows, left Java 17's HttpClient waiting until its timeout.)
     */
    static void endUploadAfterAnswer(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.addEndHandler(answered -> context.request().connection().close());
        }
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
