package be.cpas.rules.api;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Whole numbers, booleans and dates read strictly: 1.5 children, a number out of range or 1 for true are
 * refused as problems of their field (through the deserialization problem handlers, so that the
 * reading goes on and every bad field is reported), never rounded or converted.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("cpas-strict-scalars");
        module.addDeserializer(Integer.class, new IntegerDeserializer());
        module.addDeserializer(Boolean.class, new BooleanDeserializer());
        module.addDeserializer(LocalDate.class, new BoundedDateDeserializer());
        return module;
    }

    /**
     * Dates of the years 1900 to 2100: wide enough for any birth date and any request, narrow enough that no
     * date arithmetic in a rule can overflow ("+999999999-12-31" is a well-formed ISO date).
     */
    private static final class BoundedDateDeserializer extends StdScalarDeserializer<LocalDate> {
        static final int FIRST_YEAR = 1900;
        static final int LAST_YEAR = 2100;

        BoundedDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR)) {
                return date;
            }
            Violation outOfRange = Violation.of(JsonPaths.of(p), "field.yearRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
            Object handled = CollectingProblemHandler.record(ctxt, outOfRange);
            if (handled == DeserializationProblemHandler.NOT_HANDLED) {
                throw InvalidFormatException.from(p, "year outside " + FIRST_YEAR + "-" + LAST_YEAR, p.getText(), LocalDate.class);
            }
            return null;
        }
    }

    private static final class IntegerDeserializer extends StdScalarDeserializer<Integer> {
        IntegerDeserializer() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "not a whole number in range");
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    return (Integer) ctxt.handleWeirdStringValue(Integer.class, text, "not a whole number");
                }
            }
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }
    }

    private static final class BooleanDeserializer extends StdScalarDeserializer<Boolean> {
        BooleanDeserializer() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                if ("true".equals(text) || "false".equals(text)) {
                    return Boolean.valueOf(text);
                }
                return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, text, "not true or false");
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return (Boolean) ctxt.handleWeirdNumberValue(Boolean.class, p.getNumberValue(), "not true or false");
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
    }
}
