package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.DecisionMention;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.ParameterUse;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The kept JSON of legal references, parameter uses and mentions is the JSON Jackson writes: generated decisions in the three
 * languages, some with their trace, written by the service's mapper (kept values copied) and by a writer whose settings
 * differ in nothing that shows in a decision (so Jackson writes every value itself), give the same bytes.
 */
@QuarkusTest
class RepeatedJsonValuesTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    RulesEngineHolder holder;

    @Test
    void decisionsAreWrittenByteForByteAsJacksonWritesThem() throws Exception {
        Api.awaitReady();
        RulesEngine engine = holder.engine().orElseThrow();
        ObjectWriter jacksonAlone = mapper.writer().without(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        DossierGenerator dossiers = new DossierGenerator(5);
        String[] languages = {"fr", "nl", "de"};
        for (int i = 0; i < 300; i++) {
            Decision decision = engine.decide(dossiers.next(), Locale.forLanguageTag(languages[i % 3]), i % 25 == 0);
            byte[] expected = jacksonAlone.writeValueAsBytes(decision);
            assertThat(mapper.writeValueAsBytes(decision)).as("decision %d", i).isEqualTo(expected);
            assertThat(mapper.writeValueAsBytes(decision)).as("decision %d, again", i).isEqualTo(expected);
        }
        for (Class<?> type : new Class<?>[] {LegalReference.class, ParameterUse.class, DecisionMention.class}) {
            var serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
            assertThat(serializer).isInstanceOf(RepeatedJsonValues.Kept.class);
            assertThat(((RepeatedJsonValues.Kept) serializer).keptValues()).as(type.getName()).isBetween(1, RepeatedJsonValues.KEPT);
        }
    }
}
