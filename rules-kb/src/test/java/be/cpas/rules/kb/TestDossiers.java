package be.cpas.rules.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.model.Dossier;

/**
 * Dossiers for tests, written as YAML and changed field by field with dotted paths, so that each test
 * states only what it is about.
 */
public final class TestDossiers {

    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A Belgian adult living alone in 2025 with no resources, meeting every condition. */
    public static final String GRANTED = """
            requestDate: 2025-03-10
            applicant:
              birthDate: 1990-05-14
              stayStatus: BELGIAN
              maritalStatus: SINGLE
              emancipatedByMarriage: false
              pregnant: false
              childrenInCharge: 0
              extendedMinority: false
            residence:
              habitualResidenceInBelgium: true
              daysAbroadThisYear: 0
              homeless: false
            workAvailability:
              available: true
            otherRights:
              allBenefitsClaimed: true
            household: []
            resources: []
            capital:
              movableCapital: 0
            properties: []
            """;

    private final Map<String, Object> tree;

    private TestDossiers(Map<String, Object> tree) {
        this.tree = tree;
    }

    public static TestDossiers granted() {
        return from(GRANTED);
    }

    @SuppressWarnings("unchecked")
    public static TestDossiers from(String yaml) {
        try {
            return new TestDossiers(YAML.readValue(yaml, LinkedHashMap.class));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sets a field by its dotted path ("applicant.birthDate"); a value given as YAML text is parsed. */
    @SuppressWarnings("unchecked")
    public TestDossiers set(String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        }
        node.put(parts[parts.length - 1], value);
        return this;
    }

    /** Sets a field to a structure written in YAML (a list of resources, a household member...). */
    public TestDossiers setYaml(String path, String yaml) {
        try {
            return set(path, YAML.readValue(yaml, Object.class));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Appends an element written in YAML to a list field. */
    @SuppressWarnings("unchecked")
    public TestDossiers add(String path, String yaml) {
        Object current = get(path);
        List<Object> list = current instanceof List<?> l ? new ArrayList<>((List<Object>) l) : new ArrayList<>();
        try {
            list.add(YAML.readValue(yaml, Object.class));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        return set(path, list);
    }

    /** Removes a field: the fact becomes unknown. */
    @SuppressWarnings("unchecked")
    public TestDossiers remove(String path) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
            if (node == null) {
                return this;
            }
        }
        node.remove(parts[parts.length - 1]);
        return this;
    }

    @SuppressWarnings("unchecked")
    private Object get(String path) {
        Object node = tree;
        for (String part : path.split("\\.")) {
            node = node instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(part) : null;
        }
        return node;
    }

    public Dossier build() {
        return YAML.convertValue(tree, Dossier.class);
    }
}
