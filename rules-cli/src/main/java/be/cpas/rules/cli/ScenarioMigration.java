package be.cpas.rules.cli;

import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.ScenarioFile;
import be.cpas.rules.kb.verification.ScenarioRunner;
import be.cpas.rules.model.Dossier;

/**
 * Rewrites a scenario of the format before 0.2 ({@code name}, a full {@code dossier}, {@code expected}) in the
 * current one, with the same expectations: the base of the pack closest to the dossier, only the facts that
 * differ from it (checked: merged over the base they give the dossier back), {@code expect} with the same
 * verdict, route, category, amounts, conditions, facts to verify and notices. The leading comments are kept.
 */
final class ScenarioMigration {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final List<String> OLD_KEYS = List.of("verdict", "route", "category", "noAmount", "monthly", "yearly",
            "conditions", "factsToVerify", "notices");

    private ScenarioMigration() {
    }

    /** Whether the text is a scenario in the old format. */
    static boolean isOldFormat(String yaml) throws IOException {
        JsonNode root = YAML.readTree(yaml);
        return root != null && root.has("dossier") && root.has("expected");
    }

    /** The scenario in the current format; its bases from the pack's {@code scenarios/bases/}. */
    static String migrate(String yaml, KbSource pack) throws IOException {
        JsonNode old = YAML.readTree(yaml);
        JsonNode dossier = old.get("dossier");
        JsonNode expected = old.get("expected");
        expected.fieldNames().forEachRemaining(key -> {
            if (!OLD_KEYS.contains(key)) {
                throw new IllegalArgumentException("expected: '" + key + "' is not a key of the old format " + OLD_KEYS);
            }
        });
        record Candidate(String name, JsonNode facts, int size) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (KbFile base : pack.files(ScenarioFile.BASES, ScenarioRunner.SUFFIX)) {
            String name = base.path().substring(ScenarioFile.BASES.length(), base.path().length() - ScenarioRunner.SUFFIX.length());
            JsonNode facts = patch(YAML.readTree(base.content()), dossier);
            candidates.add(new Candidate(name, facts, size(facts)));
        }
        Candidate closest = candidates.stream().min(Comparator.comparingInt(Candidate::size).thenComparing(Candidate::name))
                .orElseThrow(() -> new IllegalArgumentException("the pack has no base dossier in " + ScenarioFile.BASES));

        StringBuilder out = new StringBuilder();
        yaml.lines().takeWhile(line -> line.startsWith("#")).forEach(line -> out.append(line).append('\n'));
        out.append(YAML.writeValueAsString(Map.of("purpose", old.path("name").asText())));
        out.append("base: ").append(closest.name()).append('\n');
        if (closest.size() > 0) {
            out.append(YAML.writeValueAsString(YAML.createObjectNode().set("facts", closest.facts())));
        }
        out.append("expect:\n");
        out.append("  verdict: ").append(expected.path("verdict").asText()).append('\n');
        if (expected.hasNonNull("route")) {
            out.append("  route: ").append(expected.get("route").asText()).append('\n');
        }
        // The old format always compared the category: absent meant none.
        out.append("  category: ").append(expected.hasNonNull("category") ? expected.get("category").asText() : "none").append('\n');
        if (expected.path("noAmount").asBoolean(false)) {
            out.append("  amount: none\n  sheet: none\n");
        }
        if (expected.hasNonNull("monthly") || expected.hasNonNull("yearly")) {
            out.append("  amount:\n");
            for (String period : List.of("monthly", "yearly")) {
                if (expected.hasNonNull(period)) {
                    out.append("    ").append(period).append(": ").append(euro(expected.get(period))).append('\n');
                }
            }
        }
        if (expected.path("conditions").size() > 0) {
            out.append("  conditions:\n");
            expected.get("conditions").fields().forEachRemaining(c -> out.append("    ").append(c.getKey()).append(": ")
                    .append(c.getValue().asText()).append('\n'));
        }
        list(out, "missingFacts", expected.path("factsToVerify"));
        list(out, "notices", expected.path("notices"));
        String migrated = out.toString();
        check(migrated, dossier, pack);
        return migrated;
    }

    /** The RFC 7386 patch turning the base into the dossier: changed values, and null for a fact the dossier lacks. */
    private static JsonNode patch(JsonNode base, JsonNode target) {
        ObjectNode patch = YAML.createObjectNode();
        target.fields().forEachRemaining(field -> {
            JsonNode was = base.get(field.getKey());
            if (was == null || !was.equals(field.getValue())) {
                patch.set(field.getKey(), was != null && was.isObject() && field.getValue().isObject()
                        ? patch(was, field.getValue()) : field.getValue());
            }
        });
        base.fieldNames().forEachRemaining(name -> {
            if (!target.has(name)) {
                patch.putNull(name);
            }
        });
        return patch;
    }

    private static int size(JsonNode patch) {
        int size = 0;
        for (JsonNode value : (Iterable<JsonNode>) patch::elements) {
            size += value.isObject() ? size(value) : 1;
        }
        return size;
    }

    private static String euro(JsonNode amount) {
        return amount.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void list(StringBuilder out, String key, JsonNode values) {
        if (values.size() > 0) {
            out.append("  ").append(key).append(":\n");
            values.forEach(value -> out.append("  - ").append(value.asText()).append('\n'));
        }
    }

    /** The migrated scenario reads, and its dossier is the old one. */
    private static void check(String migrated, JsonNode dossier, KbSource pack) throws JsonProcessingException {
        ScenarioFile read = ScenarioFile.read(new KbFile(ScenarioRunner.FOLDER + "migrated.yaml", migrated), pack);
        Dossier before = YAML.treeToValue(dossier, Dossier.class);
        if (!before.equals(read.cases().get(0).dossier())) {
            throw new IllegalStateException("the migrated facts do not give the old dossier back:\n" + migrated);
        }
    }
}
