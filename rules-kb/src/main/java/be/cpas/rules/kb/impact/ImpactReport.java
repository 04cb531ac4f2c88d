package be.cpas.rules.kb.impact;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.batch.BatchSummary.LineError;
import be.cpas.rules.kb.parameters.ParameterOverride;

/**
 * Writes an impact run as
 * <ul>
 * <li>{@link Format#JSON}: {@code {"baseline", "alternative", "totals", "changes": [...]}}, one object per changed
 *     dossier (spooled to a temporary file during the run, so that the totals come first and memory stays bounded);</li>
 * <li>{@link Format#CSV}: one row per changed dossier, streamed;</li>
 * <li>{@link Format#SUMMARY}: the totals for a reader, in Markdown (English).</li>
 * </ul>
 */
public final class ImpactReport {

    public enum Format {
        JSON, CSV, SUMMARY;

        /** "json", "csv" or "summary", any case. */
        public static Format parse(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "': json, csv or summary");
        }
    }

    /** How the report names a side: the pack's version, the date as of which it decides, the analysts' values. */
    public record Side(String label, String rulesVersion, LocalDate asOf, List<ParameterOverride> overrides) {
        public static Side of(ImpactSide side) {
            return new Side(side.label(), side.engine().rulesVersion(), side.asOf(), side.engine().overrides());
        }
    }

    static final List<String> CSV_COLUMNS = List.of("line", "requestDate", "direction", "verdictBefore", "verdictAfter",
            "routeBefore", "routeAfter", "categoryBefore", "categoryAfter", "monthlyBefore", "monthlyAfter", "difference",
            "flippedConditions");
    /** How many bad lines the summary lists (the JSON report keeps more, see {@link ImpactTotals#errors()}). */
    static final int SUMMARY_ERRORS = 20;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ImpactReport() {
    }

    /** Runs the analysis over the caseload and writes the report in the format; returns the totals. */
    public static ImpactTotals write(ImpactAnalysis analysis, Reader caseload, Format format, Writer out,
            LongConsumer progress) throws IOException {
        return switch (format) {
            case CSV -> write(analysis, caseload, null, out, null, progress);
            case JSON -> write(analysis, caseload, out, null, null, progress);
            case SUMMARY -> write(analysis, caseload, null, null, out, progress);
        };
    }

    /**
     * Runs the analysis once and writes the report in every format whose writer is given (null: not wanted),
     * e.g. an admin job keeping all three.
     */
    public static ImpactTotals write(ImpactAnalysis analysis, Reader caseload, Writer json, Writer csv, Writer summary,
            LongConsumer progress) throws IOException {
        Path spool = json == null ? null : Files.createTempFile("cpas-impact-", ".json");
        try {
            ImpactTotals totals;
            try (BufferedWriter changes = spool == null ? null : Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
                if (csv != null) {
                    csv.write(String.join(",", CSV_COLUMNS) + "\n");
                }
                boolean[] first = {true};
                totals = analysis.run(caseload, change -> {
                    if (csv != null) {
                        csv.write(csvRow(change));
                    }
                    if (changes != null) {
                        changes.write(first[0] ? "\n" : ",\n");
                        first[0] = false;
                        changes.write(JSON.writeValueAsString(change));
                    }
                }, progress);
            }
            Side baseline = Side.of(analysis.baseline());
            Side alternative = Side.of(analysis.alternative());
            if (json != null) {
                json.write("{\"baseline\":" + JSON.writeValueAsString(baseline)
                        + ",\n\"alternative\":" + JSON.writeValueAsString(alternative)
                        + ",\n\"totals\":" + JSON.writeValueAsString(totals)
                        + ",\n\"changes\":[");
                try (BufferedReader changes = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                    changes.transferTo(json);
                }
                json.write("\n]}\n");
            }
            if (summary != null) {
                summary.write(summaryText(baseline, alternative, totals));
            }
            for (Writer out : new Writer[] {json, csv, summary}) {
                if (out != null) {
                    out.flush();
                }
            }
            return totals;
        } finally {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    static String csvRow(DossierChange change) {
        DossierChange.Result before = change.before();
        DossierChange.Result after = change.after();
        String flipped = change.flippedConditions().stream()
                .map(c -> c.condition() + ":" + text(c.before()) + ">" + text(c.after()))
                .collect(Collectors.joining(" "));
        return String.join(",", List.of(String.valueOf(change.line()), text(change.requestDate()), change.direction().name(),
                text(before.verdict()), text(after.verdict()), text(before.route()), text(after.route()),
                text(before.category()), text(after.category()), text(before.monthlyAmount()), text(after.monthlyAmount()),
                change.difference().toPlainString(), flipped).stream().map(ImpactReport::csvField).toList()) + "\n";
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The totals for an analyst, in Markdown. */
    public static String summaryText(Side baseline, Side alternative, ImpactTotals totals) {
        StringBuilder text = new StringBuilder("# Impact of a change\n\n")
                .append("- Baseline: ").append(describe(baseline)).append('\n')
                .append("- Alternative: ").append(describe(alternative)).append("\n\n")
                .append("| dossiers | count |\n|---|---:|\n");
        row(text, "lines read", totals.lines());
        row(text, "compared (decided on both sides)", totals.compared());
        row(text, "bad lines, skipped", totals.errorCount());
        row(text, "unchanged", totals.unchanged());
        row(text, "changed", totals.changed());
        row(text, "- gain (granted where they were not, or a higher amount)", totals.gain());
        row(text, "- lose (no longer granted, or a lower amount)", totals.lose());
        row(text, "- other change (route, category, a condition; no money)", totals.other());
        row(text, "monthly amount changed", totals.amountChanged());
        text.append("\nMonthly amounts of the compared dossiers: ").append(euros(totals.monthlyBefore())).append(" before, ")
                .append(euros(totals.monthlyAfter())).append(" after: **").append(signed(totals.sumOfMonthlyDifferences()))
                .append(" a month** (").append(signed(totals.sumOfMonthlyDifferences().multiply(BigDecimal.valueOf(12))))
                .append(" over twelve months).\n");
        if (!totals.verdictChanges().isEmpty()) {
            text.append("\nVerdicts that changed: ").append(totals.verdictChanges().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))).append(".\n");
        }
        DifferenceDistribution.Summary differences = totals.differences();
        if (differences.count() > 0) {
            text.append("\nMonthly differences of the ").append(differences.count()).append(" dossiers whose amount changed: ")
                    .append("smallest ").append(signed(differences.min())).append(", median ")
                    .append(differences.medianExact() ? signed(differences.median())
                            : "between " + bound(differences.medianBucket().from()) + " and " + bound(differences.medianBucket().to()))
                    .append(", largest ").append(signed(differences.max())).append(".\n\n")
                    .append("| monthly difference | dossiers |\n|---|---:|\n");
            for (DifferenceDistribution.Bucket bucket : differences.buckets()) {
                if (bucket.count() > 0) {
                    text.append("| ").append(bucket.from() == null ? "below " + euros(bucket.to())
                            : bucket.to() == null ? euros(bucket.from()) + " or more"
                            : "from " + euros(bucket.from()) + " to under " + euros(bucket.to()))
                            .append(" | ").append(bucket.count()).append(" |\n");
                }
            }
        }
        if (totals.errorCount() > 0) {
            text.append("\nBad lines (skipped, not counted above):\n\n");
            for (LineError error : totals.errors().subList(0, Math.min(SUMMARY_ERRORS, totals.errors().size()))) {
                text.append("- line ").append(error.line()).append(": ").append(String.join("; ", error.problems())).append('\n');
            }
            if (totals.errorCount() > SUMMARY_ERRORS) {
                text.append("- ... and ").append(totals.errorCount() - SUMMARY_ERRORS).append(" more (the JSON report lists up to ")
                        .append(ImpactCounter.KEPT_ERRORS).append(")\n");
            }
        }
        return text.toString();
    }

    private static String describe(Side side) {
        return side.label() + " (rules " + side.rulesVersion() + ", "
                + (side.asOf() == null ? "each dossier at its own request date" : "every dossier as of " + side.asOf())
                + side.overrides().stream().map(o -> ", " + o.name() + " = " + o.value().toPlainString() + " from " + o.from())
                        .collect(Collectors.joining()) + ")";
    }

    private static void row(StringBuilder text, String what, long count) {
        text.append("| ").append(what).append(" | ").append(count).append(" |\n");
    }

    private static String euros(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f €", amount);
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + euros(amount);
    }

    private static String bound(BigDecimal edge) {
        return edge == null ? "no bound" : euros(edge);
    }

}
