package be.cpas.rules.api;

/** The request body is over its route's limit (see {@link BodySizeLimit}): 413. */
public class PayloadTooLargeException extends RuntimeException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body over the limit", null, false, false);
        this.limit = limit;
    }

    /** The limit, in bytes. */
    public long limit() {
        return limit;
    }
}
