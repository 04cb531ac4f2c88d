package be.cpas.rules.kb.verification;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.parameters.ParameterOverride;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Dossier;

/**
 * A scenario file as an analyst writes it: one sentence of purpose, a named base dossier, only the facts that
 * matter, and what the law gives ({@code expect:}); or several {@code cases:}, each with its own facts and
 * expectations over the file's. docs/analysts.md describes the format.
 *
 * <p>Facts are merged over the base as a JSON Merge Patch (RFC 7386): maps merge key by key, lists and values
 * replace, {@code ~} (null) removes the fact (it becomes unknown). The base first, then the file's facts, then
 * the case's.
 *
 * <p>{@code parameters:} gives parameter values in place of the pack's ({@link ParameterOverride}), for the file
 * or for one case: a reform, or a value not yet published.
 */
public record ScenarioFile(String path, String purpose, List<Case> cases) {

    /** Where a pack keeps its base dossiers: {@code scenarios/bases/<name>.yaml}, a dossier each. */
    public static final String BASES = ScenarioRunner.FOLDER + "bases/";

    private static final Set<String> FILE_KEYS = Set.of("purpose", "base", "facts", "parameters", "expect", "cases");
    private static final Set<String> CASE_KEYS = Set.of("case", "facts", "parameters", "expect");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));  // facts keep their scale: 10513.60

    /**
     * One case: a dossier, the parameter values it is decided with in place of the pack's (none: the law as the
     * pack writes it), and what is expected of its decision. {@code name} is null in a single-case file.
     */
    public record Case(String name, Dossier dossier, List<ParameterOverride> overrides, List<Expectation> expectations) {

        /** The engine deciding this case: the pack's, with the case's parameter values when it has some. */
        public RulesEngine engine(RulesEngine pack) {
            return overrides.isEmpty() ? pack : pack.withOverrides(overrides);
        }
    }

    /** Whether the file is a scenario (and not a base dossier). */
    public static boolean isScenario(KbFile file) {
        return file.path().endsWith(ScenarioRunner.SUFFIX) && !file.path().contains("/bases/");
    }

    /**
     * Reads the file, its base taken from the pack's {@code scenarios/bases/}.
     *
     * @throws InvalidScenarioException naming the file and what is wrong: an unknown key or expectation, an
     *                                  unknown base or fact, a value an expectation does not take
     */
    public static ScenarioFile read(KbFile file, KbSource pack) {
        try {
            return parse(file, pack);
        } catch (IllegalArgumentException e) {
            throw new InvalidScenarioException(file.path(), e);
        }
    }

    /** A file that is not a scenario: its message is "path: problem". */
    public static final class InvalidScenarioException extends IllegalArgumentException {
        private final String problem;

        InvalidScenarioException(String path, IllegalArgumentException cause) {
            super(path + ": " + cause.getMessage(), cause);
            this.problem = cause.getMessage();
        }

        /** What is wrong, without the file's path. */
        public String problem() {
            return problem;
        }
    }

    private static ScenarioFile parse(KbFile file, KbSource pack) {
        JsonNode root = tree(file);
        if (!root.isObject()) {
            throw new IllegalArgumentException("not a scenario: a scenario is a map with " + FILE_KEYS);
        }
        onlyKeys(root, FILE_KEYS, "");
        String purpose = text(root, "purpose");
        JsonNode base = base(pack, text(root, "base"));
        JsonNode facts = merge(base, root.path("facts"));
        Map<String, ParameterOverride> parameters = overrides(root.path("parameters"), new LinkedHashMap<>(), "");
        List<Case> cases = new ArrayList<>();
        if (root.has("cases") == root.has("expect")) {
            throw new IllegalArgumentException("a scenario has either expect: (one case) or cases: (several), and not both");
        }
        if (root.has("expect")) {
            cases.add(new Case(null, dossier(facts, "facts"), List.copyOf(parameters.values()), expectations(root.get("expect"), "")));
        } else {
            if (!root.get("cases").isArray() || root.get("cases").isEmpty()) {
                throw new IllegalArgumentException("cases: is a list of cases (- case: ..., facts: ..., expect: ...)");
            }
            for (JsonNode item : root.get("cases")) {
                String name = item.isObject() ? text(item, "case") : null;
                String where = "case '" + name + "': ";
                onlyKeys(item, CASE_KEYS, where);
                if (!item.has("expect")) {
                    throw new IllegalArgumentException(where + "expect: is missing");
                }
                cases.add(new Case(name, dossier(merge(facts, item.path("facts")), where + "facts"),
                        List.copyOf(overrides(item.path("parameters"), new LinkedHashMap<>(parameters), where).values()),
                        expectations(item.get("expect"), where)));
            }
        }
        return new ScenarioFile(file.path(), purpose, List.copyOf(cases));
    }

    /**
     * {@code parameters:} maps a parameter's name to {from, value}, or to a list of them; added to {@code into}
     * (a case's value for the same name and date replaces the file's). The engine refuses a name it does not know.
     */
    private static Map<String, ParameterOverride> overrides(JsonNode parameters, Map<String, ParameterOverride> into,
                                                            String where) {
        if (parameters.isMissingNode()) {
            return into;
        }
        if (!parameters.isObject()) {
            throw new IllegalArgumentException(where + "parameters: maps a parameter's name to {from: yyyy-MM-dd, value: ...}");
        }
        for (Map.Entry<String, JsonNode> parameter : (Iterable<Map.Entry<String, JsonNode>>) parameters::fields) {
            String name = parameter.getKey();
            JsonNode values = parameter.getValue().isArray() ? parameter.getValue() : YAML.createArrayNode().add(parameter.getValue());
            for (JsonNode value : values) {
                ParameterOverride override = override(name, value, where);
                into.put(name + "@" + override.from(), override);
            }
        }
        return into;
    }

    private static ParameterOverride override(String name, JsonNode value, String where) {
        String problem = where + "parameters: '" + name + "' takes {from: yyyy-MM-dd, value: a number, or true/false for a flag}";
        if (!value.isObject() || value.size() != 2 || !value.has("from") || !value.has("value")) {
            throw new IllegalArgumentException(problem);
        }
        try {
            JsonNode number = value.get("value");
            BigDecimal amount = number.isBoolean() ? (number.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO)
                    : number.isNumber() ? number.decimalValue() : null;
            if (amount == null) {
                throw new IllegalArgumentException(problem);
            }
            return new ParameterOverride(name, LocalDate.parse(value.get("from").asText()), amount);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    private static JsonNode tree(KbFile file) {
        try {
            JsonNode root = YAML.readTree(file.content());
            return root == null ? YAML.nullNode() : root;
        } catch (IOException e) {
            String line = e instanceof JsonProcessingException json && json.getLocation() != null
                    ? "line " + json.getLocation().getLineNr() + ": " : "";
            throw new IllegalArgumentException(line + "not valid YAML: " + e.getMessage(), e);
        }
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + "a map is expected");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + "unknown key '" + key + "'; a scenario takes " + allowed);
            }
        });
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(key + ": is missing");
        }
        return value.textValue();
    }

    private static JsonNode base(KbSource pack, String name) {
        String path = BASES + name + ScenarioRunner.SUFFIX;
        List<KbFile> bases = pack.files(BASES, ScenarioRunner.SUFFIX);
        KbFile file = bases.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("base '" + name + "': no file " + path + "; the bases are "
                        + bases.stream().map(f -> f.path().substring(BASES.length(), f.path().length() - ScenarioRunner.SUFFIX.length())).toList()));
        JsonNode tree = tree(file);
        if (!tree.isObject()) {
            throw new IllegalArgumentException(path + " is not a dossier");
        }
        return tree;
    }

    /** RFC 7386: maps merge, anything else replaces, null removes. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (patch.isMissingNode()) {
            return target;
        }
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode merged = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : YAML.createObjectNode();
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) patch::fields) {
            if (field.getValue().isNull()) {
                merged.remove(field.getKey());
            } else {
                merged.set(field.getKey(), merge(merged.get(field.getKey()), field.getValue()));
            }
        }
        return merged;
    }

    private static Dossier dossier(JsonNode facts, String where) {
        try {
            return YAML.treeToValue(facts, Dossier.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(where + ": unknown fact '" + factPath(e) + "'", e);
        } catch (JsonProcessingException e) {
            String fact = e instanceof JsonMappingException mapping ? " at '" + factPath(mapping) + "'" : "";
            throw new IllegalArgumentException(where + ": not a dossier" + fact + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The fact's path as the dossier names it: household.0.birthDate. */
    private static String factPath(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(java.util.stream.Collectors.joining("."));
    }

    private static List<Expectation> expectations(JsonNode expect, String where) {
        if (!expect.isObject() || expect.isEmpty()) {
            throw new IllegalArgumentException(where + "expect: is a map of what the decision must give (verdict: GRANTED, ...)");
        }
        try {
            return Expectation.all(expect);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "expect: " + e.getMessage(), e);
        }
    }
}
