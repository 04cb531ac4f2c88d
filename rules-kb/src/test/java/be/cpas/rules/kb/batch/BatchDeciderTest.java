package be.cpas.rules.kb.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.Verdict;

class BatchDeciderTest {

    private static final ObjectMapper JSON = JacksonLineReader.JSON;
    private static final DossierLineReader READER = JacksonLineReader.READER;

    @Test
    void badLinesAreReportedAtTheirPlaceAndNothingIsLost() throws IOException {
        List<String> lines = new ArrayList<>(generated(3, 40));
        lines.set(4, "{not json");
        lines.set(9, "");
        lines.set(17, "{\"applicant\":{}}");
        lines.set(25, "{\"requestDate\":\"" + "x".repeat(DossierLineReader.DEFAULT_MAX_LINE_CHARS) + "\"}");  // not kept: too long
        lines.add("{\"requestDate\":\"1990-01-01\",\"applicant\":{}}");  // before the known law
        StringWriter out = new StringWriter();

        DossierLineReader wording = new DossierLineReader() {  // the reader words what it could not decide
            @Override
            public Dossier read(String line) throws BadLineException {
                return READER.read(line);
            }

            @Override
            public String undecided(RuntimeException e) {
                return "$: not decided: " + e.getClass().getSimpleName();
            }
        };
        BatchSummary summary = new BatchDecider(EngineFixture.ENGINE, wording, 2, 4, Locale.FRENCH, false)
                .run(new BufferedReader(new StringReader(String.join("\n", lines))), out, n -> { });

        List<JsonNode> results = out.toString().lines().map(BatchDeciderTest::parse).toList();
        assertThat(results).hasSize(41);
        assertThat(results).extracting(r -> r.get("line").asLong()).containsExactly(
                java.util.stream.LongStream.rangeClosed(1, 41).boxed().toArray(Long[]::new));
        assertThat(results.stream().filter(r -> r.has("errors")).map(r -> r.get("line").asLong()).toList())
                .containsExactly(5L, 10L, 18L, 26L, 41L);
        assertThat(summary.lines()).isEqualTo(41);
        assertThat(summary.decided()).isEqualTo(36);
        assertThat(summary.errorCount()).isEqualTo(5);
        assertThat(summary.errors()).extracting(BatchSummary.LineError::line).containsExactly(5L, 10L, 18L, 26L, 41L);
        assertThat(summary.errors().get(1).problems()).containsExactly("$: line.empty");
        assertThat(summary.errors().get(2).problems()).containsExactly("requestDate: field.required");
        assertThat(summary.errors().get(3).problems()).containsExactly("$: line.tooLong");
        assertThat(summary.errors().get(4).problems()).containsExactly("$: not decided: DateOutOfRangeException");
        assertThat(summary.byVerdict().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(36);
        assertThat(summary.byRoute().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(36);
    }

    @Test
    void eachResultIsTheDecisionOfItsOwnLine() throws IOException {
        List<String> lines = generated(11, 60);
        StringWriter out = new StringWriter();

        new BatchDecider(EngineFixture.ENGINE, READER, 2, 8, Locale.FRENCH, true)
                .run(new BufferedReader(new StringReader(String.join("\n", lines))), out, n -> { });

        List<JsonNode> results = out.toString().lines().map(BatchDeciderTest::parse).toList();
        for (int i = 0; i < lines.size(); i++) {
            Dossier dossier = parseDossier(lines.get(i));
            LeanDecision expected = LeanDecision.of(EngineFixture.ENGINE.decide(dossier, Locale.FRENCH));
            JsonNode result = results.get(i);
            assertThat(result.get("line").asLong()).isEqualTo(i + 1);
            assertThat(result.get("decision").get("verdict").asText()).isEqualTo(expected.verdict().name());
            assertThat(result.get("decision").get("requestDate").asText()).isEqualTo(dossier.requestDate().toString());
            assertThat(result.get("decision").has("conditions")).isTrue();
            assertThat(result.get("decision").has("calculationSheet")).isFalse();  // lean: no texts
        }
    }

    @Test
    void noMoreLinesAreHeldThanTheWindowWhateverTheInputSize() throws IOException {
        int window = 16;
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong mostAhead = new AtomicLong();
        DossierGenerator generator = new DossierGenerator(5);
        int count = 20_000;
        Reader in = new OneLineAtATime(() -> {
            if (read.get() == count) {
                return null;
            }
            mostAhead.accumulateAndGet(read.incrementAndGet() - written.get(), Math::max);
            return JSON.writeValueAsString(generator.next());
        });
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        written.incrementAndGet();
                    }
                }
            }

            @Override
            public void write(int c) {
                if (c == '\n') {
                    written.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        BatchSummary summary = new BatchDecider(EngineFixture.ENGINE, READER, 2, window, Locale.FRENCH, true)
                .run(in, out, n -> { });

        assertThat(written.get()).isEqualTo(count);
        assertThat(summary.lines()).isEqualTo(count);
        assertThat(summary.errorCount()).isZero();
        assertThat(summary.byVerdict().get(Verdict.GRANTED)).isPositive();
        // The line being read is one more than the full window.
        assertThat(mostAhead.get()).isLessThanOrEqualTo(window + 1);
    }

    private static List<String> generated(long seed, int count) {
        return JacksonLineReader.lines(new DossierGenerator(seed).stream(count).toList());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dossier parseDossier(String line) {
        try {
            return JSON.readValue(line, Dossier.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
