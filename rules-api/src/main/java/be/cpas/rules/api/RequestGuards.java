package be.cpas.rules.api;

import java.time.Duration;
import java.util.List;

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
 *     read without one, see DecisionResource).</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuards {

    private static final Logger LOG = Logger.getLogger(RequestGuards.class);
    private static final String BODY_TIMER = "cpas.body-timer";

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
        if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            refuse(context, 415, "unsupported-media-type", List.of());
            return;
        }
        if (!request.isEnded()) {
            long timer = context.vertx().setTimer(bodyTimeout.toMillis(), id -> {
                if (!request.isEnded() && !context.response().headWritten()) {
                    refuse(context, 408, "request-timeout", List.of(String.valueOf(bodyTimeout.toSeconds())));
                }
            });
            context.put(BODY_TIMER, timer);
            context.addEndHandler(done -> context.vertx().cancelTimer(timer));
        }
        context.next();
    }

    /**
     * A resource reading its body as a stream has it whole: no timeout any more. Vert.x may not mark such a request
     * ended before the answer is written, and the timer would otherwise cut a long answer with a 408.
     */
    static void bodyReceived(RoutingContext context) {
        Long timer = context.get(BODY_TIMER);
        if (timer != null) {
            context.vertx().cancelTimer(timer);
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD
                && ((length != null && !"0".equals(length.trim())) || request.getHeader("Transfer-Encoding") != null);
    }

    /** Answers with a problem in the caller's language and closes the connection. */
    void refuse(RoutingContext context, int status, String kind, List<?> detailArgs) {
        String language = Languages.choose(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        LOG.debugf("Request refused: %d %s", status, kind);
        Problem problem = (Problem) ProblemMappers.problem(status, kind, language, detailArgs, null, null).getEntity();
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language)
                .putHeader("Connection", "close")
                .end(json(problem))
                .onComplete(ended -> context.request().connection().close());
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
