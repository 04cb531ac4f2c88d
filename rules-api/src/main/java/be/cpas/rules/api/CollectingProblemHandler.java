package be.cpas.rules.api;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;

/**
 * Lets one binding of a request body go on past a bad field, so that the 400 names every bad field and
 * not only the first: each problem is recorded as a {@link Violation} and the field read as absent.
 * Active only for reads that carry a violation list in the attribute {@link #VIOLATIONS}.
 */
final class CollectingProblemHandler extends DeserializationProblemHandler {

    static final String VIOLATIONS = "cpas.violations";

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        if (violations(ctxt) == null) {
            return false;
        }
        // Already reported with its path by DossierReader.checkShape: skip it here.
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
            String failureMsg) {
        return record(ctxt, JsonPaths.of(ctxt.getParser()), targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
            String failureMsg) {
        return record(ctxt, JsonPaths.of(ctxt.getParser()), targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) throws IOException {
        String path = pathOfValue(p, t);
        Object result = record(ctxt, path, targetType.getRawClass());
        if (result != NOT_HANDLED) {
            p.skipChildren();
        }
        return result;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts,
            JsonParser p, String msg) throws IOException {
        String path = pathOfValue(p, p.currentToken());
        Object result = record(ctxt, path, instClass);
        if (result != NOT_HANDLED) {
            p.skipChildren();
        }
        return result;
    }

    /** For an object or array value, the parser has already entered it: the path is its parent's. */
    static String pathOfValue(JsonParser p, JsonToken t) {
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && p.getParsingContext() != null
                && p.getParsingContext().getParent() != null) {
            return JsonPaths.of(p.getParsingContext().getParent().pathAsPointer());
        }
        return JsonPaths.of(p);
    }

    private static Object record(DeserializationContext ctxt, String path, Class<?> targetType) {
        return record(ctxt, expected(path, targetType));
    }

    /** Notes the violation and reads the field as absent; outside a request read, leaves Jackson to fail. */
    static Object record(DeserializationContext ctxt, Violation violation) {
        Violations violations = violations(ctxt);
        if (violations == null) {
            return NOT_HANDLED;
        }
        violations.addUnreadable(violation);
        return null;
    }

    /** "A date is expected", "one of these values"...: what the field should have held. */
    static Violation expected(String path, Class<?> targetType) {
        if (targetType == null) {
            return Violation.of(path, "field.invalid");
        }
        if (targetType.isEnum()) {
            String allowed = Arrays.stream(targetType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return Violation.of(path, "field.enum", allowed);
        }
        if (Temporal.class.isAssignableFrom(targetType)) {
            return Violation.of(path, "field.date");
        }
        if (targetType == Integer.class || targetType == int.class || targetType == Long.class || targetType == long.class) {
            return Violation.of(path, "field.integer");
        }
        if (Number.class.isAssignableFrom(targetType)) {
            return Violation.of(path, "field.number");
        }
        if (targetType == Boolean.class || targetType == boolean.class) {
            return Violation.of(path, "field.boolean");
        }
        if (targetType == String.class) {
            return Violation.of(path, "field.text");
        }
        if (List.class.isAssignableFrom(targetType) || targetType.isArray()) {
            return Violation.of(path, "field.array");
        }
        return Violation.of(path, "field.object");
    }

    private static Violations violations(DeserializationContext ctxt) {
        return (Violations) ctxt.getAttribute(VIOLATIONS);
    }
}
