package be.cpas.rules.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Random and mutated JSON thrown at the running API, with a fixed seed: never a 5xx, and every
 * refusal is a problem+json.
 */
@QuarkusTest
class RandomJsonApiTest {

    private static final long SEED = 20250310L;
    private static final int MUTATED = 2500;
    private static final int RANDOM = 500;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WORDS = {"BELGIAN", "WAGES", "MONTHLY", "PARTNER", "CHILD", "2025-03-10", "1990-02-30",
            "2025-02-29", "2004-02-29", "0000-00-00", "", " ", "null", "true", "-1", "1e309", "NaN", "\u0000", "é", "💶",
            "requestDate", "applicant", "<script>", "' OR 1=1 --", "9999999999999999999999"};

    private final Random random = new Random(SEED);

    @Test
    void mutatedDossiersNeverGiveA5xx() throws Exception {
        List<JsonNode> seeds = List.of(
                Dossiers.JSON.readTree(ApiExamples.DECISION_REQUEST),
                Dossiers.JSON.readTree(ApiExamples.HOMELESS_MOVING_IN),
                Dossiers.JSON.readTree(Dossiers.GRANTED));
        int decided = 0;
        for (int i = 0; i < MUTATED; i++) {
            JsonNode dossier = seeds.get(i % seeds.size()).deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                dossier = mutate(dossier);
            }
            String body = random.nextInt(20) == 0 ? corruptText(dossier.toString()) : dossier.toString();
            decided += post(body, i) == 200 ? 1 : 0;
        }
        // The mutations must leave enough valid dossiers to exercise the engine, and refuse the others.
        assertThat(decided).isBetween(MUTATED / 20, MUTATED - MUTATED / 20);
    }

    @Test
    void randomJsonNeverGivesA5xx() {
        for (int i = 0; i < RANDOM; i++) {
            String body = random.nextInt(4) == 0 ? corruptText(randomValue(4).toString()) : randomValue(4).toString();
            post(body, i);
        }
    }

    private int post(String body, int i) {
        Api.awaitReady();
        Response response = given().contentType(ContentType.JSON).body(body).post("/v1/decisions");
        int status = response.statusCode();
        assertThat(status).as("case %d (seed %d): %s -> %s", i, SEED, body, response.asString()).isLessThan(500);
        if (status >= 400) {
            assertThat(response.contentType()).as("case %d: %s", i, body).startsWith(Problem.MEDIA_TYPE);
        }
        return status;
    }

    /** One change at a random place of the tree: remove, replace with a random value, add a field, grow or empty a list. */
    private JsonNode mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, randomValue(2));
                case 2 -> object.set(name, randomScalar());
                case 3 -> object.set(random.nextBoolean() ? name.toLowerCase() : WORDS[random.nextInt(WORDS.length)], randomScalar());
                default -> object.set(name, NODES.nullNode());
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(4)) {
                case 0 -> array.removeAll();
                case 1 -> array.add(randomValue(2));
                case 2 -> {
                    if (array.size() > 0) {
                        JsonNode first = array.get(0);
                        for (int k = 0; k < 1 + random.nextInt(40); k++) {
                            array.add(first.deepCopy());
                        }
                    }
                }
                default -> array.add(NODES.nullNode());
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
                collect(children.next(), containers);
            }
        }
    }

    private JsonNode randomValue(int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            return randomScalar();
        }
        if (random.nextBoolean()) {
            ObjectNode object = NODES.objectNode();
            for (int i = random.nextInt(5); i > 0; i--) {
                String name = random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)]
                        : List.of("requestDate", "applicant", "household", "resources", "birthDate", "stayStatus", "netAmount").get(random.nextInt(7));
                object.set(name, randomValue(depth - 1));
            }
            return object;
        }
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
            array.add(randomValue(depth - 1));
        }
        return array;
    }

    private JsonNode randomScalar() {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(-random.nextInt(1000));
            case 4 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 10));
            case 5 -> NODES.numberNode(new java.math.BigDecimal(random.nextInt(100000)).movePointLeft(random.nextInt(6)));
            case 6 -> NODES.textNode(String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33)));
            default -> NODES.textNode(WORDS[random.nextInt(WORDS.length)]);
        };
    }

    /** Breaks the text itself: cut it, drop or double a character, or insert a stray one. */
    private String corruptText(String json) {
        if (json.isEmpty()) {
            return "{";
        }
        int at = random.nextInt(json.length());
        return switch (random.nextInt(4)) {
            case 0 -> json.substring(0, at);
            case 1 -> json.substring(0, at) + json.substring(at + 1);
            case 2 -> json.substring(0, at) + json.charAt(at) + json.substring(at);
            default -> json.substring(0, at) + "{}[],:\"\\x0".charAt(random.nextInt(10)) + json.substring(at);
        };
    }
}
