package be.cpas.rules.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Field paths as integrators write them: "household[0].resources[1].netAmount". */
final class JsonPaths {

    private JsonPaths() {
    }

    /** Where the parser stands: the field or element whose value it is reading. */
    static String of(JsonParser parser) {
        if (parser == null) {
            return Violation.BODY;
        }
        JsonStreamContext context = parser.getParsingContext();
        return context == null ? Violation.BODY : of(context.pathAsPointer());
    }

    static String of(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                appendName(path, p.getMatchingProperty());
            }
        }
        return path.isEmpty() ? Violation.BODY : path.toString();
    }

    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                appendName(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? Violation.BODY : path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        if (name == null || name.isEmpty()) {
            return;
        }
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
