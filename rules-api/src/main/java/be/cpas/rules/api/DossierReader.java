package be.cpas.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import be.cpas.rules.model.Dossier;

/**
 * Reads a dossier from JSON and checks it, so that one 400 names every bad field: the JSON is parsed
 * (syntax errors stop there), unknown fields are found on the tree, type errors, impossible dates and
 * unknown enum values are collected while binding (see {@link CollectingProblemHandler}), then the bounds and cross-field checks of {@link DossierValidation}
 * are run on what could be read. Only a dossier with no violation reaches the rules.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class DossierReader implements MessageBodyReader<Dossier> {

    @Inject
    ObjectMapper mapper;

    @Inject
    DossierValidation validation;

    @Inject
    BodySizeLimit bodySizeLimit;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Dossier.class;
    }

    @Override
    public Dossier readFrom(Class<Dossier> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        List<Violation> violations = new ArrayList<>();
        Dossier dossier = null;
        try {
            JsonNode tree = mapper.readTree(new LimitedInputStream(entityStream, bodySizeLimit.limit()));
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new InvalidRequestException(List.of(Violation.of(Violation.BODY, "body.required")));
            }
            unknownFields(tree, Dossier.class, Violation.BODY, violations);
            dossier = mapper.readerFor(Dossier.class)
                    .withAttribute(CollectingProblemHandler.VIOLATIONS, violations)
                    .readValue(tree);
        } catch (JsonProcessingException e) {
            Violation fatal = fatal(e);
            // What stopped the reading says more than what was noted on the way to it.
            violations.removeIf(v -> v.field().equals(fatal.field()));
            violations.add(fatal);
        }
        if (dossier != null) {
            for (Violation violation : validation.validate(dossier)) {
                // A field that could not be read is absent now: don't also call it missing.
                if (violations.stream().noneMatch(v -> v.covers(violation.field()))) {
                    violations.add(violation);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return dossier;
    }

    /**
     * Fields the model does not have, found on the tree (Jackson reports those of records only after
     * building them, when it no longer knows where they were).
     */
    static void unknownFields(JsonNode node, Type type, String path, List<Violation> violations) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw.isRecord() && node.isObject()) {
            Map<String, Type> components = new HashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = Violation.BODY.equals(path) ? field.getKey() : path + "." + field.getKey();
                Type componentType = components.get(field.getKey());
                if (componentType == null) {
                    violations.add(Violation.of(fieldPath, "field.unknown"));
                } else {
                    unknownFields(field.getValue(), componentType, fieldPath, violations);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType parameterized) {
            for (int i = 0; i < node.size(); i++) {
                unknownFields(node.get(i), parameterized.getActualTypeArguments()[0], path + "[" + i + "]", violations);
            }
        }
    }

    /** The error that stopped the reading. */
    private static Violation fatal(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            return fatal(cause);  // a syntax error met while binding: the parser knows where it is
        }
        if (e instanceof StreamConstraintsException) {
            return Violation.of(pathOf(e), "body.tooComplex");
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                return Violation.of(Violation.BODY, "json.trailing");
            }
            return CollectingProblemHandler.expected(JsonPaths.of(mismatch.getPath()), mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException mapping) {
            return Violation.of(JsonPaths.of(mapping.getPath()), "field.invalid");
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return Violation.of(pathOf(e), "field.duplicate");
        }
        var location = e.getLocation();
        return Violation.of(pathOf(e), "json.malformed",
                location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
    }

    private static String pathOf(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? JsonPaths.of(parser) : Violation.BODY;
    }
}
