package be.cpas.rules.api;

/** The request body is over quarkus.http.limits.max-body-size: 413. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException() {
        super("Request body over the limit", null, false, false);
    }
}
