package be.cpas.rules.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Dossiers as JSON for the API tests, changed field by field with dotted paths. */
final class Dossiers {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A Belgian adult living alone in 2025 with no resources, meeting every condition. */
    static final String GRANTED = """
            {
              "requestDate": "2025-03-10",
              "applicant": {"birthDate": "1990-05-14", "stayStatus": "BELGIAN", "maritalStatus": "SINGLE",
                            "emancipatedByMarriage": false, "pregnant": false, "childrenInCharge": 0, "extendedMinority": false},
              "residence": {"habitualResidenceInBelgium": true, "daysAbroadThisYear": 0, "homeless": false},
              "workAvailability": {"available": true},
              "otherRights": {"allBenefitsClaimed": true},
              "household": [], "resources": [], "properties": [], "capital": {"movableCapital": 0}
            }
            """;

    private final ObjectNode tree;

    private Dossiers(ObjectNode tree) {
        this.tree = tree;
    }

    static Dossiers granted() {
        return of(GRANTED);
    }

    static Dossiers example() {
        return of(ApiExamples.DECISION_REQUEST);
    }

    static Dossiers of(String json) {
        try {
            return new Dossiers((ObjectNode) JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sets a field by its dotted path ("applicant.birthDate", "resources.0.netAmount"); the value is JSON text. */
    Dossiers set(String path, String jsonValue) {
        try {
            return put(path, JSON.readTree(jsonValue));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sets a field to a string. */
    Dossiers text(String path, String value) {
        return put(path, JSON.getNodeFactory().textNode(value));
    }

    Dossiers remove(String path) {
        String[] parts = path.split("\\.");
        JsonNode parent = node(parts, parts.length - 1);
        if (parent instanceof ObjectNode object) {
            object.remove(parts[parts.length - 1]);
        }
        return this;
    }

    private Dossiers put(String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode parent = node(parts, parts.length - 1);
        String last = parts[parts.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return this;
    }

    private JsonNode node(String[] parts, int depth) {
        JsonNode node = tree;
        for (int i = 0; i < depth; i++) {
            JsonNode next = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
            if (next == null) {
                next = ((ObjectNode) node).putObject(parts[i]);
            }
            node = next;
        }
        return node;
    }

    String json() {
        return tree.toString();
    }

    @Override
    public String toString() {
        return json();
    }
}
