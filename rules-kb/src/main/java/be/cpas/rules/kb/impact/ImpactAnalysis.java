package be.cpas.rules.kb.impact;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.LongConsumer;

import be.cpas.rules.kb.batch.DossierLineReader;
import be.cpas.rules.kb.batch.LeanDecision;
import be.cpas.rules.kb.batch.OrderedLines;
import be.cpas.rules.model.Dossier;

/**
 * The impact of a change on a caseload: every dossier of a JSON Lines file decided on both sides (two packs, one
 * pack at two dates, or a pack with and without parameter overrides), compared, and added up. The changed dossiers
 * are handed over one by one in input order, never kept; a bad line is counted with its number and the run goes
 * on. Memory is bounded whatever the input (a window of lines in flight, bounded totals); the decisions run on
 * {@code threads} threads.
 */
public final class ImpactAnalysis {

    /** How often (in lines) the progress listener hears. */
    public static final int PROGRESS_EVERY = 1_000;

    /** Receives each changed dossier, in input order. */
    @FunctionalInterface
    public interface ChangeSink {
        void accept(DossierChange change) throws IOException;
    }

    private final ImpactSide baseline;
    private final ImpactSide alternative;
    private final DossierLineReader reader;
    private final int threads;
    private final int window;

    public ImpactAnalysis(ImpactSide baseline, ImpactSide alternative, DossierLineReader reader, int threads, int window) {
        OrderedLines.checkWindow(threads, window);
        this.baseline = baseline;
        this.alternative = alternative;
        this.reader = reader;
        this.threads = threads;
        this.window = window;
    }

    /** Every core, a window of 64 lines per core. */
    public static ImpactAnalysis allCores(ImpactSide baseline, ImpactSide alternative, DossierLineReader reader) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ImpactAnalysis(baseline, alternative, reader, cores, 64 * cores);
    }

    public ImpactSide baseline() {
        return baseline;
    }

    public ImpactSide alternative() {
        return alternative;
    }

    /** Reads every line, hands each changed dossier to the sink in input order, returns the totals. */
    public ImpactTotals run(Reader in, ChangeSink changes, LongConsumer progress) throws IOException {
        ImpactCounter counter = new ImpactCounter();
        OrderedLines.run(in, reader.maxLineChars(), threads, window, "cpas-impact", this::compare, compared -> {
            if (compared.problems() != null) {
                counter.failed(compared.line(), compared.problems());
            } else {
                counter.compared(compared.before(), compared.after(), compared.change());
                if (compared.change() != null) {
                    changes.accept(compared.change());
                }
            }
            if (counter.lines() % PROGRESS_EVERY == 0) {
                progress.accept(counter.lines());
            }
        });
        return counter.totals();
    }

    private Compared compare(long line, String text) {
        Dossier dossier;
        try {
            dossier = reader.readLine(text);
        } catch (DossierLineReader.BadLineException e) {
            return Compared.failed(line, e.problems());
        }
        LeanDecision before;
        LeanDecision after;
        try {
            before = decide(baseline, dossier);
        } catch (RuntimeException e) {
            return Compared.failed(line, List.of(problem("baseline", e)));
        }
        try {
            after = decide(alternative, dossier);
        } catch (RuntimeException e) {
            return Compared.failed(line, List.of(problem("alternative", e)));
        }
        return new Compared(line, DossierChange.Result.of(before), DossierChange.Result.of(after),
                DossierChange.between(line, dossier.requestDate(), before, after), null);
    }

    private static LeanDecision decide(ImpactSide side, Dossier dossier) {
        return side.engine().decideLean(side.dossierToDecide(dossier));
    }

    /** Dates before the known law, a rule loop or a time limit: this dossier only, on this side. */
    private static String problem(String side, RuntimeException e) {
        return "$: " + side + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private record Compared(long line, DossierChange.Result before, DossierChange.Result after, DossierChange change,
            List<String> problems) {
        static Compared failed(long line, List<String> problems) {
            return new Compared(line, null, null, null, problems);
        }
    }
}
