package be.cpas.rules.kb.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.Route;
import be.cpas.rules.model.Verdict;

/**
 * Decides a stream of dossiers, one JSON object a line, into a stream of results, one a line, in input order:
 * {@code {"line":7,"decision":{...}}} or, for a line that is not a valid dossier or cannot be decided,
 * {@code {"line":8,"errors":["applicant.birthDate: field.required"]}}. A bad line never stops the run.
 *
 * <p>Memory is bounded whatever the input: at most {@link #window()} lines are read ahead of the last line
 * written ({@link OrderedLines}). The decisions run on {@code threads} threads (all cores by default).
 */
public final class BatchDecider {

    /** How often (in lines written) the progress listener hears. */
    public static final int PROGRESS_EVERY = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final RulesEngine engine;
    private final DossierLineReader reader;
    private final int threads;
    private final int window;
    private final Locale locale;
    private final boolean lean;

    public BatchDecider(RulesEngine engine, DossierLineReader reader, int threads, int window, Locale locale, boolean lean) {
        OrderedLines.checkWindow(threads, window);
        this.engine = engine;
        this.reader = reader;
        this.threads = threads;
        this.window = window;
        this.locale = locale;
        this.lean = lean;
    }

    /** All cores, a window of 64 lines per core, full decisions in French. */
    public static BatchDecider allCores(RulesEngine engine, DossierLineReader reader) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new BatchDecider(engine, reader, cores, 64 * cores, Locale.FRENCH, false);
    }

    public BatchDecider withLanguage(Locale language) {
        return new BatchDecider(engine, reader, threads, window, language, lean);
    }

    public BatchDecider lean(boolean withoutTexts) {
        return new BatchDecider(engine, reader, threads, window, locale, withoutTexts);
    }

    public int window() {
        return window;
    }

    /** Reads every line, writes one result per line in the same order, and returns the summary. */
    public BatchSummary run(Reader in, Writer out, LongConsumer progress) throws IOException {
        BatchSummary summary = new BatchSummary();
        OrderedLines.run(in, reader.maxLineChars(), threads, window, "cpas-batch", this::decide, result -> write(result, out, summary, progress));
        out.flush();
        return summary;
    }

    private Result decide(long line, String text) {
        try {
            Dossier dossier = reader.readLine(text);
            if (lean) {
                LeanDecision decision = engine.decideLean(dossier);
                return new Result(line, decision.verdict(), decision.route(), JSON.writeValueAsString(new DecisionLine(line, decision)), null);
            }
            Decision decision = engine.decide(dossier, locale);
            return new Result(line, decision.verdict(), decision.route() == null ? null : decision.route().route(),
                    JSON.writeValueAsString(new DecisionLine(line, decision)), null);
        } catch (DossierLineReader.BadLineException e) {
            return Result.failed(line, e.problems());
        } catch (RuntimeException e) {
            // Dates before the known law, a rule loop or a time limit: this dossier only.
            return Result.failed(line, List.of(reader.undecided(e)));
        } catch (JsonProcessingException e) {
            return Result.failed(line, List.of(reader.undecided(new UncheckedIOException(e))));
        }
    }

    private static void write(Result result, Writer out, BatchSummary summary, LongConsumer progress) throws IOException {
        out.write(result.json());
        out.write('\n');
        if (result.problems() == null) {
            summary.decided(result.verdict(), result.route());
        } else {
            summary.failed(result.line(), result.problems());
        }
        if (summary.lines() % PROGRESS_EVERY == 0) {
            progress.accept(summary.lines());
        }
    }

    private record DecisionLine(long line, Object decision) {
    }

    private record ErrorLine(long line, List<String> errors) {
    }

    private record Result(long line, Verdict verdict, Route route, String json, List<String> problems) {
        static Result failed(long line, List<String> problems) {
            try {
                return new Result(line, null, null, JSON.writeValueAsString(new ErrorLine(line, problems)), problems);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
