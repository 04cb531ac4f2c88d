package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.model.Dossier;

/**
 * The bundled pack's executable model, as the build compiled it and the service loads it (Java lambdas generated from
 * the DRL, {@code PrebuiltModelGenerator}), decides every dossier of the generated mix exactly as the MVEL build
 * compiled at run time does (the compilation of any other pack): same serialized decision, trace included, down to the
 * DRL file of each step.
 */
class ExecutableModelEquivalenceTest {

    private static final int DOSSIERS = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theExecutableModelDecidesTheWholeGeneratedMixAsMvelDoes() {
        KbSource source = KbSource.fromClasspath(RulesEngine.class.getClassLoader());
        RulesEngine mvel = RulesEngine.from(source, DrlProject.class);
        RulesEngine executableModel = RulesEngine.from(source);
        assertThat(executableModel.compilation()).isEqualTo(RulesEngine.Compilation.BUILD_TIME_EXECUTABLE_MODEL);
        List<String> differences = new ArrayList<>();
        DossierGenerator generator = new DossierGenerator(20261123L);
        String[] languages = {"fr", "nl", "de"};
        for (int i = 0; i < DOSSIERS; i++) {
            Dossier dossier = generator.next();
            Locale locale = Locale.forLanguageTag(languages[i % languages.length]);
            boolean trace = i % 10 == 0;
            String expected = decided(mvel, dossier, locale, trace);
            String actual = decided(executableModel, dossier, locale, trace);
            if (trace) {
                assertThat(actual).as("every step names its DRL file").doesNotContain("\"file\":null").contains("\"file\":\"");
            }
            if (!expected.equals(actual)) {
                differences.add("dossier " + i + ", from character " + firstDifference(expected, actual) + ":\n  MVEL:       "
                        + around(expected, firstDifference(expected, actual)) + "\n  executable: " + around(actual, firstDifference(expected, actual)));
            }
        }
        assertThat(differences).as("decisions that differ").isEmpty();
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150));
    }

    /** The decision as JSON, or the exception's class and message (e.g. a date before the first known amounts). */
    private static String decided(RulesEngine engine, Dossier dossier, Locale locale, boolean trace) {
        try {
            return JSON.writeValueAsString(engine.decide(dossier, locale, trace));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
