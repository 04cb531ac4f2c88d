package be.cpas.rules.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiPredicate;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import be.cpas.rules.kb.DecisionTimeoutException;
import be.cpas.rules.kb.batch.DossierLineReader;
import be.cpas.rules.kb.parameters.DateOutOfRangeException;
import be.cpas.rules.model.Dossier;

/**
 * Reads a dossier from JSON and checks it, so that one 400 names every bad field, at a cost linear in the
 * body. A valid body, the common case, is bound straight from its bytes and checked ({@link StrictBinding});
 * anything that binding refuses or the checks find, the tree's path reads again and reports: the JSON is parsed
 * (syntax errors stop there); one walk of the tree finds the fields the model does not have and the lists longer
 * than the model allows (those are dropped before anything else looks at them); Jackson binds the rest, noting type
 * errors, impossible or out-of-range dates and unknown enum values ({@link CollectingProblemHandler}); Hibernate
 * Validator then checks the bounds declared on the model ({@link DossierValidation}), stopping once the answer holds
 * the {@link Violations#SHOWN} it can show. Only a dossier with no violation reaches the rules. A what-if
 * ({@link SimulationRequest}) is read the same way, its dossier's fields named under "dossier". The HTTP request
 * body reaches it through {@link DossierBodyReader}; the command line and the batches read lines with it.
 */
@Singleton
public class DossierReader {

    private static final Logger LOG = Logger.getLogger(DossierReader.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    DossierValidation validation;

    @Inject
    BodySizeLimit bodySizeLimit;

    /** The body as a dossier or a what-if; a bad one is an {@link InvalidRequestException} naming every bad field. */
    Object readRequest(Class<?> type, InputStream entityStream) throws IOException {
        Violations violations = new Violations();
        long limit = bodySizeLimit.limit();
        Object read = SimulationRequest.class.equals(type)
                ? read(entityStream, limit, SimulationRequest.class, validation::validate, violations)
                : read(entityStream, limit, Dossier.class, validation::validate, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.kept(), violations.count(), violations.more());
        }
        return read;
    }

    /**
     * The same reading and checks for one line of a batch, with lines of at most {@code maxLineChars} characters; a
     * bad line's problems are "field: text" in the language given, as the 400 of {@code POST /v1/decisions} words them.
     */
    DossierLineReader lineReader(String language, int maxLineChars) {
        return new DossierLineReader() {
            @Override
            public Dossier read(String line) throws BadLineException {
                Violations violations = new Violations();
                Dossier dossier;
                try {
                    dossier = DossierReader.this.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), violations);
                } catch (IOException e) {
                    throw new BadLineException(List.of(Violation.BODY + ": " + e.getMessage()));
                }
                if (!violations.isEmpty()) {
                    throw new BadLineException(violations.kept().stream().map(v -> worded(v.field(), v.key(), v.args())).toList());
                }
                return dossier;
            }

            @Override
            public int maxLineChars() {
                return maxLineChars;
            }

            @Override
            public BadLineException unreadable(String key, Object... args) {
                return new BadLineException(List.of(worded(Violation.BODY, key, List.of(args))));
            }

            /** As POST /v1/decisions words the same failures (its 422 and 503), never the exception's own text. */
            @Override
            public String undecided(RuntimeException e) {
                if (e instanceof DateOutOfRangeException) {
                    return worded("requestDate", "field.dateOutOfRange", List.of());
                }
                if (e instanceof DecisionTimeoutException timeout) {
                    return worded(Violation.BODY, "problem.decision-timeout.detail", List.of(String.valueOf(timeout.limit().toMillis())));
                }
                LOG.errorf("A batch line valid but not decided: %s", e.getClass().getName());  // no message: it may quote the dossier
                return worded(Violation.BODY, "line.undecided", List.of());
            }

            private String worded(String field, String key, List<?> args) {
                return field + ": " + ApiMessages.text(language, key, args);
            }
        };
    }

    /**
     * This reader outside the service (the command line): the mapper and the validator configured as the service
     * configures them (application.properties: quarkus.jackson.fail-on-unknown-properties=true; {@link StrictJson}).
     */
    public static DossierLineReader standaloneLineReader(String language) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(mapper);
        DossierValidation validation = new DossierValidation();
        validation.validateWith(jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory());
        return lineReader(mapper, validation, language, DossierLineReader.DEFAULT_MAX_LINE_CHARS);
    }

    /** The reading and checks of one line of a batch or caseload, with the service's mapper and validation. */
    static DossierLineReader lineReader(ObjectMapper mapper, DossierValidation validation, String language, int maxLineChars) {
        DossierReader reader = new DossierReader();
        reader.mapper = mapper;
        reader.validation = validation;
        return reader.lineReader(language, maxLineChars);
    }

    /** The dossier, or null; every bad field is in the violations. */
    Dossier read(InputStream body, Violations violations) throws IOException {
        return read(body, Long.MAX_VALUE, Dossier.class, validation::validate, violations);
    }

    /**
     * A request of the given type, or null; every bad field is in the violations, the checks' included (they tell whether
     * they all ran). A body longer than the limit is read by the tree's path as it arrives, which answers as it always did
     * (413 once the parser reads past the limit, or the syntax error it met first).
     */
    private <T> T read(InputStream entityStream, long limit, Class<T> type, BiPredicate<T, Violations> checks,
            Violations violations) throws IOException {
        byte[] body = entityStream.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 9) + 1);
        if (body.length > limit) {
            InputStream whole = new SequenceInputStream(new ByteArrayInputStream(body), entityStream);
            return readTree(new LimitedInputStream(whole, limit), type, checks, violations);
        }
        T valid = StrictBinding.of(mapper).readValid(body, type, checks);
        return valid != null ? valid : readTree(new ByteArrayInputStream(body), type, checks, violations);
    }

    /** The tree's path: every bad field is in the violations. */
    <T> T readTree(InputStream body, Class<T> type, BiPredicate<T, Violations> checks, Violations violations) throws IOException {
        T request = null;
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                violations.add(Violation.of(Violation.BODY, "body.required"));
                return null;
            }
            checkShape(tree, type, Violation.BODY, violations);
            request = mapper.readerFor(type)
                    .withAttribute(CollectingProblemHandler.VIOLATIONS, violations)
                    .readValue(tree);
        } catch (JsonProcessingException e) {
            violations.addUnreadable(fatal(e));
        }
        if (request != null && !checks.test(request, violations)) {
            violations.stoppedEarly();
        }
        return request;
    }

    /**
     * One walk of the tree: fields the model does not have (Jackson reports those of records only after building
     * them, when it no longer knows where they were), and lists longer than their {@code @Size}, removed from the
     * tree so that neither binding nor validation walks them. Unknown fields are not entered.
     */
    static void checkShape(JsonNode node, Type type, String path, Violations violations) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord() && node instanceof ObjectNode object) {
            Map<String, ModelField> fields = ModelField.OF_RECORD.get(raw);
            List<String> tooLong = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> entries = object.fields(); entries.hasNext();) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String fieldPath = Violation.BODY.equals(path) ? entry.getKey() : path + "." + entry.getKey();
                ModelField field = fields.get(entry.getKey());
                if (field == null) {
                    violations.add(Violation.of(fieldPath, "field.unknown"));
                } else if (field.maxSize().isPresent() && entry.getValue().isArray()
                        && entry.getValue().size() > field.maxSize().getAsInt()) {
                    violations.addUnreadable(Violation.of(fieldPath, "field.size", field.maxSize().getAsInt()));
                    tooLong.add(entry.getKey());
                } else {
                    checkShape(entry.getValue(), field.type(), fieldPath, violations);
                }
            }
            object.remove(tooLong);
        } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType parameterized) {
            Type elementType = parameterized.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                checkShape(node.get(i), elementType, path + "[" + i + "]", violations);
            }
        }
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
    }

    /** A field of a model record: its type and, for a list, its largest size. Read once per record class. */
    private record ModelField(Type type, OptionalInt maxSize) {

        static final ClassValue<Map<String, ModelField>> OF_RECORD = new ClassValue<>() {
            @Override
            protected Map<String, ModelField> computeValue(Class<?> record) {
                Map<String, ModelField> fields = new java.util.HashMap<>();
                for (RecordComponent component : record.getRecordComponents()) {
                    Size size = component.getAccessor().getAnnotation(Size.class);
                    fields.put(component.getName(), new ModelField(component.getGenericType(),
                            size == null ? OptionalInt.empty() : OptionalInt.of(size.max())));
                }
                return Map.copyOf(fields);
            }
        };
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
