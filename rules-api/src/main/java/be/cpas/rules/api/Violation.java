package be.cpas.rules.api;

import java.util.List;

/**
 * One bad field of a request, before it is put in words: the field's path in the JSON body
 * ("applicant.birthDate", "resources[0].netAmount", "$" for the body itself), a message key and its arguments.
 */
public record Violation(String field, String key, List<Object> args) {

    public static final String BODY = "$";

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, key, List.of(args));
    }

    /** Whether this violation is about the given field or one inside it. */
    public boolean covers(String other) {
        return other.equals(field) || other.startsWith(field + ".") || other.startsWith(field + "[");
    }
}
