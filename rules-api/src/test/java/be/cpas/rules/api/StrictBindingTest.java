package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Dossier;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The fast path of the reader ({@link StrictBinding}: a body bound straight from its bytes) against the tree's path it
 * stands in for: whatever the fast path accepts, the tree's path accepts too, as the same dossier (records compare their
 * amounts with their scale: 749.20 and 749.2 differ). Seeded mutations of valid bodies aim at what could tell the two
 * apart: numbers written with trailing zeros or exponents, text and numbers swapped, unknown or re-cased field names,
 * lists one item over their limit, duplicate fields, trailing text, nulls.
 */
@QuarkusTest
class StrictBindingTest {

    private static final long SEED = 20261124L;
    private static final int GENERATED = 300;
    private static final int MUTATED = 6000;
    private static final String[] OTHER_NAMES = {"requestDate", "birthDate", "netAmount", "relation", "type", "resources",
            "household", "unknown", "Applicant", "request_date"};
    private static final String[] NUMBERS = {"749.20", "100.0", "0.00", "-0.0", "0", "-0", "1e2", "1E-2", "12.5e1", "1.000",
            "10000000", "10000000.00", "10000000.001", "2.0", "3", "51", "-1", "2147483648", "99999999999999999999", "0.5",
            "1.10E+1", "366", "367"};
    private static final String[] TEXTS = {"\"749.20\"", "\"12\"", "\"2025-01-01\"", "\"2025-02-30\"", "\"true\"", "\"\"", "\" \"",
            "\"WAGES\"", "\"wages\"", "\"MONTHLY\"", "\"1900-01-01\"", "\"2101-01-01\"", "\"BELGIAN\"", "\"PARTNER\"", "\"0\"",
            "\"1.0\""};
    private static final String[] OTHERS = {"true", "false", "null", "{}", "[]", "[2025,1,1]", "[\"a\"]", "{\"a\":1}"};

    @Inject
    ObjectMapper mapper;

    @Inject
    DossierReader reader;

    @Inject
    DossierValidation validation;

    private final Random random = new Random(SEED);

    @Test
    void everyGeneratedDossierTakesTheFastPathAndBindsAsTheTreeDoes() throws IOException {
        List<String> bodies = generated();
        for (String body : bodies) {
            Dossier fast = fast(body, Dossier.class, validation::validate);
            assertThat(fast).as("refused by the fast path: %s", body).isNotNull();
            assertThat(fast).as(body).isEqualTo(tree(body, Dossier.class, validation::validate, new Violations()));
        }
    }

    @Test
    void theFastPathAcceptsNothingTheTreeRefusesAndBindsTheSameDossier() throws IOException {
        List<String> seeds = new ArrayList<>(generated().subList(0, 100));
        seeds.add(ApiExamples.DECISION_REQUEST);
        seeds.add(ApiExamples.HOMELESS_MOVING_IN);
        seeds.add(Dossiers.GRANTED);
        int fastAccepted = 0;
        int treeRefused = 0;
        for (int i = 0; i < MUTATED; i++) {
            String body = mutated(seeds.get(i % seeds.size()));
            Violations violations = new Violations();
            Dossier tree = tree(body, Dossier.class, validation::validate, violations);
            Dossier fast = fast(body, Dossier.class, validation::validate);
            treeRefused += violations.isEmpty() ? 0 : 1;
            if (fast != null) {
                fastAccepted++;
                assertThat(violations.kept()).as("case %d (seed %d), accepted by the fast path only: %s", i, SEED, body).isEmpty();
                assertThat(fast).as("case %d (seed %d): %s", i, SEED, body).isEqualTo(tree);
            }
        }
        // Both kinds occur: mutations the tree refuses, and mutated bodies both paths accept.
        assertThat(treeRefused).isBetween(MUTATED / 4, MUTATED - MUTATED / 10);
        assertThat(fastAccepted).isBetween(MUTATED / 10, MUTATED - treeRefused);
    }

    @Test
    void aWhatIfIsReadTheSameWayOnBothPaths() throws IOException {
        List<String> dossiers = generated().subList(0, 20);
        int fastAccepted = 0;
        for (int i = 0; i < 600; i++) {
            String overrides = switch (i % 6) {
                case 0 -> "[]";
                case 1 -> "[{\"parameter\":\"index.social_benefit_coefficient\",\"from\":\"2026-01-01\",\"value\":1.8100}]";
                case 2 -> "[{\"parameter\":\"ris.base.single\",\"from\":\"2020-01-01\",\"value\":\"9000\"}]";
                case 3 -> "[{\"parameter\":12,\"from\":\"2020-01-01\",\"value\":1}]";
                case 4 -> "[" + "{\"parameter\":\"p\",\"from\":\"2020-01-01\",\"value\":1},".repeat(SimulationRequest.MAX_OVERRIDES) + "null]";
                default -> "[{\"parameter\":\"p\",\"from\":\"2020-01-01\",\"value\":-1.0}]";
            };
            String body = "{\"dossier\":" + mutatedOrNot(dossiers.get(i % dossiers.size())) + ",\"overrides\":" + overrides + "}";
            Violations violations = new Violations();
            SimulationRequest tree = tree(body, SimulationRequest.class, validation::validate, violations);
            SimulationRequest fast = fast(body, SimulationRequest.class, validation::validate);
            if (fast != null) {
                fastAccepted++;
                assertThat(violations.kept()).as("accepted by the fast path only: %s", body).isEmpty();
                assertThat(fast).as(body).isEqualTo(tree);
            }
        }
        assertThat(fastAccepted).isPositive();
    }

    /** A field the reader's walk calls unknown is unknown to Jackson too, and the other way round. */
    @Test
    void jacksonBindsExactlyTheRecordComponents() {
        for (Class<?> record : records(Dossier.class, SimulationRequest.class)) {
            Set<String> bound = new HashSet<>();
            for (BeanPropertyDefinition property : mapper.getDeserializationConfig()
                    .introspect(mapper.constructType(record)).findProperties()) {
                if (property.hasConstructorParameter() || property.hasSetter() || property.hasField()) {
                    bound.add(property.getName());
                }
            }
            assertThat(bound).as(record.getName())
                    .isEqualTo(new HashSet<>(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList()));
        }
    }

    private <T> T fast(String body, Class<T> type, BiPredicate<T, Violations> checks) {
        return StrictBinding.of(mapper).readValid(body.getBytes(StandardCharsets.UTF_8), type, checks);
    }

    private <T> T tree(String body, Class<T> type, BiPredicate<T, Violations> checks, Violations violations) throws IOException {
        return reader.readTree(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), type, checks, violations);
    }

    /** Generated dossiers, written as the command line's {@code generate} writes them. */
    private static List<String> generated() throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<String> bodies = new ArrayList<>();
        DossierGenerator generator = new DossierGenerator(7);
        for (int i = 0; i < GENERATED; i++) {
            bodies.add(json.writeValueAsString(generator.next()));
        }
        return bodies;
    }

    private String mutatedOrNot(String body) throws IOException {
        return random.nextInt(3) == 0 ? body : mutated(body);
    }

    private String mutated(String body) throws IOException {
        JsonNode root = Dossiers.JSON.readTree(body);
        for (int m = 1 + random.nextInt(2); m > 0; m--) {
            mutate(root);
        }
        String text = root.toString();
        return switch (random.nextInt(25)) {
            case 0 -> "{\"requestDate\":\"2025-01-01\"," + text.substring(1);  // given twice
            case 1 -> text + (random.nextBoolean() ? " {}" : " x");
            case 2 -> text.substring(0, random.nextInt(text.length()));
            default -> text;
        };
    }

    private void mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(8)) {
                case 0 -> object.remove(name);
                case 1 -> object.putNull(name);
                case 2 -> object.putRawValue(random.nextBoolean() ? name.toLowerCase() : name + "s", new RawValue(scalar()));
                case 3 -> object.putRawValue(OTHER_NAMES[random.nextInt(OTHER_NAMES.length)], new RawValue(scalar()));
                default -> object.putRawValue(name, new RawValue(scalar()));
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(4)) {
                case 0 -> array.removeAll();
                case 1 -> array.addNull();
                default -> {
                    if (!array.isEmpty()) {
                        JsonNode first = array.get(0);
                        // Up to one past the longest list the model allows (Limits: 50 resources, 20 members...).
                        for (int k = random.nextBoolean() ? 1 : 51 - array.size(); k > 0; k--) {
                            array.add(first.deepCopy());
                        }
                    }
                }
            }
        }
    }

    private String scalar() {
        return switch (random.nextInt(3)) {
            case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 1 -> TEXTS[random.nextInt(TEXTS.length)];
            default -> random.nextInt(3) == 0 ? OTHERS[random.nextInt(OTHERS.length)] : NUMBERS[random.nextInt(NUMBERS.length)];
        };
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
                collect(children.next(), containers);
            }
        }
    }

    /** The record types a request can hold, from the given roots down. */
    private static Set<Class<?>> records(Class<?>... roots) {
        Set<Class<?>> found = new LinkedHashSet<>();
        List<Type> toVisit = new ArrayList<>(List.of(roots));
        while (!toVisit.isEmpty()) {
            Type type = toVisit.remove(toVisit.size() - 1);
            if (type instanceof ParameterizedType parameterized) {
                toVisit.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
                for (RecordComponent component : c.getRecordComponents()) {
                    toVisit.add(component.getGenericType());
                }
            }
        }
        return found;
    }
}
