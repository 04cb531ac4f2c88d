package be.cpas.rules.kb.batch;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.model.Dossier;

/** Jackson alone, for this library's tests; the service and the command line pass the API's reader. */
public final class JacksonLineReader {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public static final DossierLineReader READER = line -> {
        try {
            Dossier dossier = JSON.readValue(line, Dossier.class);
            if (dossier.requestDate() == null) {
                throw new DossierLineReader.BadLineException(List.of("requestDate: field.required"));
            }
            return dossier;
        } catch (JsonProcessingException e) {
            throw new DossierLineReader.BadLineException(List.of("$: json.malformed"));
        }
    };

    private JacksonLineReader() {
    }

    /** Dossiers as JSON lines. */
    public static List<String> lines(List<Dossier> dossiers) {
        return dossiers.stream().map(d -> {
            try {
                return JSON.writeValueAsString(d);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
