package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;
import be.cpas.rules.model.Dossier;

/**
 * A pack written before the rules read the parameters from the global {@code parameters}, with one
 * {@code ParameterValue( name == "x.y", ... )} fact pattern per read (as stored packs and their replays have it), is
 * still accepted and given one fact per parameter, and decides exactly as the bundled pack does: same serialized
 * decision, provenance and trace included, but for the rules version (another pack).
 */
class ParametersAsFactsTest {

    private static final int DOSSIERS = 600;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Pattern READ_FROM_GLOBAL = Pattern.compile("ParameterValue\\((.*?)\\) from parameters\\.named\\(");
    private static final Pattern RULES_VERSION = Pattern.compile("\"rulesVersion\":\"[0-9a-f]+\"");

    @Test
    void aPackReadingParametersAsFactsDecidesAsTheBundledPack() {
        KbSource bundled = KbSource.fromClasspath(RulesEngine.class.getClassLoader());
        KbSource asFacts = KbSource.of("pack with parameters as facts", bundled.all().stream()
                .map(f -> f.path().endsWith(".drl") ? new KbFile(f.path(), readingParametersAsFacts(f.content())) : f)
                .toList());
        assertThat(asFacts.files("rules/", ".drl"))
                .allSatisfy(drl -> assertThat(drl.content()).doesNotContain("parameters.named").doesNotContain("ParametersInForce"));

        PackVerifier.Verdict verdict = PackVerifier.verify(asFacts, Duration.ofSeconds(10));
        assertThat(verdict.problems()).isEmpty();
        RulesEngine factsEngine = verdict.engine();
        assertThat(factsEngine.readsParametersAsFacts()).isTrue();
        assertThat(EngineFixture.ENGINE.readsParametersAsFacts()).isFalse();

        List<String> differences = new ArrayList<>();
        DossierGenerator generator = new DossierGenerator(11L);
        for (int i = 0; i < DOSSIERS; i++) {
            Dossier dossier = generator.next();
            boolean trace = i % 5 == 0;
            String expected = decided(EngineFixture.ENGINE, dossier, trace);
            String actual = decided(factsEngine, dossier, trace);
            if (!expected.equals(actual)) {
                differences.add("dossier " + i);
            }
        }
        assertThat(differences).as("decisions that differ").isEmpty();
    }

    /** The DRL as it was written before the global: {@code ParameterValue( name == "x.y", $v : value )}. */
    private static String readingParametersAsFacts(String drl) {
        StringBuilder rewritten = new StringBuilder();
        for (String line : drl.split("\n", -1)) {
            if (!line.startsWith("global ")) {
                rewritten.append(patternsAsFacts(line)).append('\n');
            }
        }
        return rewritten.substring(0, rewritten.length() - 1);
    }

    private static String patternsAsFacts(String line) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher read = READ_FROM_GLOBAL.matcher(line);
        while (read.find(from)) {
            int end = closingParenthesis(line, read.end());
            String constraints = read.group(1).trim();
            out.append(line, from, read.start()).append("ParameterValue( name == ").append(line, read.end(), end)
                    .append(constraints.isEmpty() ? " )" : ", " + constraints + " )");
            from = end + 1;
        }
        return out.append(line.substring(from)).toString();
    }

    private static int closingParenthesis(String line, int start) {
        int depth = 1;
        for (int i = start; i < line.length(); i++) {
            depth += line.charAt(i) == '(' ? 1 : line.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new AssertionError("no closing parenthesis in: " + line);
    }

    private static String decided(RulesEngine engine, Dossier dossier, boolean trace) {
        try {
            return RULES_VERSION.matcher(JSON.writeValueAsString(engine.decide(dossier, Locale.FRENCH, trace))).replaceAll("");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
