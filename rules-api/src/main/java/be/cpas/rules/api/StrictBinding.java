package be.cpas.rules.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The common case of {@link DossierReader}, a valid request, bound straight from its bytes: no tree, no walk of it.
 * The binding refuses whatever the tree's path would refuse or read differently, and the request must then pass every
 * check with no violation; anything else gives null, and the tree's path reads the body again and names every bad
 * field, so that the answer to a bad request is the one it always was. Refused here:
 * <ul>
 * <li>an unknown field, any error Jackson meets (syntax, duplicate field, trailing text, a wrong type, an out-of-range
 *     scalar, {@link StrictScalars}): the service's mapper's settings, with no violation list to collect into;</li>
 * <li>text given as anything but a JSON string: the tree would give a number its own spelling ({@code 10.0} as "1E+1");</li>
 * <li>an amount given as anything but a JSON number; a number is read as the tree reads it (trailing zeros of a decimal
 *     dropped) so that the dossier is the same;</li>
 * <li>a list longer than its {@code @Size}: a violation of the checks.</li>
 * </ul>
 */
final class StrictBinding {

    /** One per mapper (the service's, each command line's): its copy keeps Jackson's caches warm across requests. */
    private static final Map<ObjectMapper, StrictBinding> OF_MAPPER = Collections.synchronizedMap(new WeakHashMap<>());

    private final ObjectMapper strict;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    private StrictBinding(ObjectMapper mapper) {
        SimpleModule asTheTreeReads = new SimpleModule("cpas-strict-binding")
                .addDeserializer(String.class, new TextOnly())
                .addDeserializer(BigDecimal.class, new NumberAsInTheTree());
        strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).registerModule(asTheTreeReads);
    }

    static StrictBinding of(ObjectMapper mapper) {
        return OF_MAPPER.computeIfAbsent(mapper, StrictBinding::new);
    }

    /** The request when it is bound without a doubt and passes every check; otherwise null. */
    <T> T readValid(byte[] body, Class<T> type, BiPredicate<T, Violations> checks) {
        T request;
        try {
            request = readers.computeIfAbsent(type, strict::readerFor).readValue(body);
        } catch (IOException | RuntimeException e) {
            return null;  // the tree's path reads it again and names what is wrong
        }
        if (request == null) {
            return null;
        }
        Violations violations = new Violations();
        return checks.test(request, violations) && violations.isEmpty() ? request : null;
    }

    private static final class TextOnly extends StdScalarDeserializer<String> {
        TextOnly() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            throw MismatchedInputException.from(p, String.class, "not a JSON string");
        }
    }

    /** The number the tree's node holds, as the tree's binding reads it ({@code JsonNode.decimalValue()}). */
    private static final class NumberAsInTheTree extends StdScalarDeserializer<BigDecimal> {
        NumberAsInTheTree() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                JsonNode node = ctxt.readTree(p);
                if (node.isBigDecimal() || node.isIntegralNumber()) {
                    return node.decimalValue();
                }
            }
            throw MismatchedInputException.from(p, BigDecimal.class, "not a JSON number");
        }
    }
}
