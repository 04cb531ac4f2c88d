package be.cpas.rules.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import be.cpas.rules.api.DossierReader;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.impact.ImpactAnalysis;
import be.cpas.rules.kb.impact.ImpactReport;
import be.cpas.rules.kb.impact.ImpactSide;
import be.cpas.rules.kb.impact.ImpactTotals;
import be.cpas.rules.kb.parameters.ParameterOverride;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cpas impact}: what a change does to a caseload (JSON Lines, one dossier a line, read with the service's
 * own checks). The baseline is a pack (the bundled one by default); the alternative is another pack, the same pack
 * at another date, or the same pack with parameter overrides (or any mix). Progress on standard error. Exit code 0
 * when every line was compared, 1 when some lines were bad (counted in the report with their numbers), 2 when a
 * pack is refused or the arguments do not make a comparison.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compares how two packs, or one pack at two dates, or a pack and parameter overrides, decide a caseload.")
final class ImpactCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, required = true, description = "The caseload: dossiers as JSON Lines.")
    Path input;

    @Option(names = "--baseline", paramLabel = "PACK", description = "The pack as it is (a folder or a zip); the bundled pack when left out.")
    Path baseline;

    @Option(names = "--alternative", paramLabel = "PACK", description = "The changed pack (a folder or a zip); the baseline's when left out.")
    Path alternative;

    @Option(names = "--at", paramLabel = "DATE", description = "Decide every dossier as of this date (yyyy-MM-dd) instead of its own request date; "
            + "on both sides unless --against is given.")
    LocalDate at;

    @Option(names = "--against", paramLabel = "DATE", description = "The alternative decides every dossier as of this date.")
    LocalDate against;

    @Option(names = "--override", paramLabel = "NAME=FROM:VALUE", description = "A parameter value of the alternative, e.g. "
            + "index.social_benefit_coefficient=2026-10-01:1.8114 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "summary", description = "json, csv or summary (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "The report; standard output when left out.")
    Path output;

    @Option(names = "--language", defaultValue = "fr", description = "Language of the bad lines' problems: fr, nl or de (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--threads", description = "Threads deciding (default: every core).")
    Integer threads;

    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        ImpactReport.Format reportFormat;
        List<ParameterOverride> values;
        try {
            reportFormat = ImpactReport.Format.parse(format);
            values = overrides.stream().map(ImpactSide::override).toList();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (alternative == null && against == null && values.isEmpty()) {
            err.println("nothing to compare: give --alternative, --against or --override");
            return 2;
        }
        RulesEngine before = verified("baseline", baseline);
        RulesEngine after = alternative == null ? before : verified("alternative", alternative);
        if (before == null || after == null) {
            return 2;
        }
        try {
            after = values.isEmpty() ? after : after.withOverrides(values);
        } catch (IllegalArgumentException e) {
            err.println("--override: " + e.getMessage());
            return 2;
        }
        ImpactSide baselineSide = new ImpactSide(baseline == null ? "bundled pack" : baseline.toString(), before, at);
        ImpactSide alternativeSide = new ImpactSide(alternative == null ? (baseline == null ? "bundled pack" : baseline.toString())
                : alternative.toString(), after, against == null ? at : against);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ImpactAnalysis analysis = new ImpactAnalysis(baselineSide, alternativeSide, DossierReader.standaloneLineReader(language),
                workers, 64 * workers);
        long total = countLines(input);
        long start = System.nanoTime();
        ImpactTotals totals;
        try (Reader in = new InputStreamReader(Files.newInputStream(input), StandardCharsets.UTF_8);  // a bad byte becomes U+FFFD, not a stop
             BufferedWriter out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            totals = ImpactReport.write(analysis, in, reportFormat, out, lines -> err.printf("%,d of %,d lines (%d %%), %.1f s%n",
                    lines, total, total == 0 ? 100 : lines * 100 / total, seconds(start)));
        }
        err.printf("%,d lines in %.1f s: %,d compared, %,d changed (%,d gain, %,d lose), %,d unchanged, %,d bad lines; "
                + "monthly difference %s%n", totals.lines(), seconds(start), totals.compared(), totals.changed(), totals.gain(),
                totals.lose(), totals.unchanged(), totals.errorCount(), totals.sumOfMonthlyDifferences().toPlainString());
        totals.errors().stream().limit(20).forEach(e -> err.println("line " + e.line() + ": " + String.join("; ", e.problems())));
        return totals.errorCount() == 0 ? 0 : 1;
    }

    /** The pack, verified as the service does; this also warms its network before several threads use it. */
    private RulesEngine verified(String side, Path pack) {
        KbSource source;
        try {
            source = pack == null ? KbSource.fromClasspath() : PackFiles.read(pack);
        } catch (IllegalArgumentException e) {
            err.println(side + ": " + e.getMessage());
            return null;
        }
        PackVerifier.Verdict verdict = PackVerifier.verify(source, Duration.ofSeconds(60));
        if (!verdict.accepted()) {
            err.println(side + " refused (cpas validate " + (pack == null ? "<pack>" : pack) + " tells more):");
            verdict.problems().forEach(problem -> err.println("  " + problem));
            return null;
        }
        return verdict.engine();
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
