package be.cpas.rules.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;

import be.cpas.rules.model.DecisionMention;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.ParameterUse;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The values every decision repeats, written once: a decision cites about 45 legal references (a third of its JSON),
 * lists the parameters it used and the mentions its letter carries, the same few hundred values from one decision to the
 * next (a mention naming a date is new more often). Each distinct value's
 * JSON, as Jackson writes it, is kept (up to {@link #KEPT} per type) and copied into the answer; the bytes are the same.
 * Any write that is not the service's plain one (indented, other features, a view) is left to Jackson.
 */
@Singleton
public class RepeatedJsonValues implements ObjectMapperCustomizer {

    /** Distinct values kept per type (a pack cites a few hundred legal references); values met once it is full are written by Jackson. */
    static final int KEPT = 4096;
    /** Generator features that change when the stream is closed or flushed, not what is written (the REST writer closes its own). */
    private static final int STREAM_HANDLING = JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask()
            | JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT.getMask() | JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM.getMask();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("cpas-repeated-values").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
                Class<?> type = description.getBeanClass();
                return type == LegalReference.class || type == ParameterUse.class || type == DecisionMention.class
                        ? new Kept(serializer, mapper) : serializer;
            }
        }));
    }

    /** Jackson's own serializer of the type, and the JSON it wrote for each value seen. */
    static final class Kept extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {
        private final JsonSerializer<Object> jackson;
        private final ObjectMapper mapper;
        private final Map<Object, SerializedString> written = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        Kept(JsonSerializer<?> jackson, ObjectMapper mapper) {
            this.jackson = (JsonSerializer<Object>) jackson;
            this.mapper = mapper;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!isPlain(gen, provider)) {
                jackson.serialize(value, gen, provider);
                return;
            }
            SerializedString json = written.get(value);
            if (json == null && written.size() >= KEPT) {
                jackson.serialize(value, gen, provider);
                return;
            }
            if (json == null) {
                json = writtenByJackson(value, provider);
                written.putIfAbsent(value, json);
            }
            gen.writeRawValue(json);
        }

        /** The mapper's own settings, those the kept JSON was written with. */
        private boolean isPlain(JsonGenerator gen, SerializerProvider provider) {
            return provider.getConfig().getSerializationFeatures() == mapper.getSerializationConfig().getSerializationFeatures()
                    && provider.getActiveView() == null && gen.getPrettyPrinter() == null
                    && (gen.getFeatureMask() & ~STREAM_HANDLING) == (mapper.getFactory().getGeneratorFeatures() & ~STREAM_HANDLING)
                    && gen.getCharacterEscapes() == null && gen.getHighestEscapedChar() == 0;
        }

        private SerializedString writtenByJackson(Object value, SerializerProvider provider) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (JsonGenerator alone = mapper.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
                jackson.serialize(value, alone, provider);
            }
            return new SerializedString(bytes.toString(StandardCharsets.UTF_8));
        }

        /** How many distinct values have their JSON kept. */
        int keptValues() {
            return written.size();
        }

        @Override
        public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSerializer)
                throws IOException {
            jackson.serializeWithType(value, gen, provider, typeSerializer);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object value) {
            return jackson.isEmpty(provider, value);
        }

        @Override
        public Class<Object> handledType() {
            return jackson.handledType();
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (jackson instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
            if (!(jackson instanceof ContextualSerializer contextual)) {
                return this;
            }
            JsonSerializer<?> inContext = contextual.createContextual(provider, property);
            return inContext == jackson ? this : new Kept(inContext, mapper);
        }
    }
}
