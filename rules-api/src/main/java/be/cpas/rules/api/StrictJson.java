package be.cpas.rules.api;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads requests strictly, so that nothing the caller sent is silently lost or changed: a field given
 * twice, text after the JSON, 1.5 children, 1 for true or a date outside 1900–2100 are refused, and numbers
 * keep every decimal of the JSON text (BigDecimal, never double: 9999999.999999999999 is refused for its
 * decimals, not rounded to 10000000). Unknown fields: quarkus.jackson.fail-on-unknown-properties.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.registerModule(StrictScalars.module());
        mapper.addHandler(new CollectingProblemHandler());
    }

    /** Last, after Quarkus has registered its modules: the bounded date reader must win over JavaTimeModule's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
