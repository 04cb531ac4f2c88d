package be.cpas.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.cpas.rules.kb.packs.PackArchive;
import be.cpas.rules.kb.source.KbSource;
import picocli.CommandLine;

/** {@code cpas impact} and {@code cpas validate} as an analyst runs them: exit codes, reports, messages. */
class ImpactAndValidateCommandTest {

    private static final Path BUNDLED = Path.of("../rules-kb/src/main/resources/cpas-kb");
    private static final String COEFFICIENT = "parameters/index/social_benefit_coefficient.yaml";
    /** The index step forecast for October 2026: 1.02^30 = 1.81136… → 1.8114. */
    private static final String OCTOBER_STEP = """
              - from: 2026-10-01
                value: 1.8114
                status: D
                source: "1.02^30 rounded to 4 decimals: forecast step (test)"
            """;

    @TempDir
    static Path directory;
    static Path caseload;
    static Path withOctoberStep;

    @BeforeAll
    static void caseloadAndEditedPack() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        System.setOut(new PrintStream(generated, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new CpasCommand()).execute("generate", "-n", "200", "--seed", "9")).isZero();
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = new ArrayList<>(generated.toString(StandardCharsets.UTF_8).lines().toList());
        lines.add(11, "{\"requestDate\":\"2025-02-30\",\"applicant\":{}}");
        caseload = directory.resolve("caseload.jsonl");
        Files.write(caseload, lines);
        withOctoberStep = copyOfBundledPack("october-step");
        Path coefficient = withOctoberStep.resolve(COEFFICIENT);
        Files.writeString(coefficient, Files.readString(coefficient) + OCTOBER_STEP);
        // The pack's own scenario of 2 March 2026 no longer warns that the amounts may be stale: a later step is known.
        Path stale = withOctoberStep.resolve("scenarios/stale_amounts_after_2026_03_01.yaml");
        Files.writeString(stale, Files.readString(stale).replace("  - AMOUNTS_MAY_BE_STALE\n", "  - PARAMETER_UNCERTAIN\n"));
    }

    @Test
    void anEditedPackAndTheSameStepAsAnOverrideGiveTheSameImpact() throws Exception {
        Path csv = directory.resolve("impact.csv");
        Run packs = run("impact", "-i", caseload.toString(), "--alternative", withOctoberStep.toString(),
                "--at", "2026-10-15", "-f", "csv", "-o", csv.toString());
        Path json = directory.resolve("impact.json");
        Run override = run("impact", "-i", caseload.toString(), "--override",
                "index.social_benefit_coefficient=2026-10-01:1.8114", "--at", "2026-10-15", "-f", "json", "-o", json.toString());

        assertThat(packs.exit()).as(packs.err()).isEqualTo(1);  // one bad line, counted, the run goes on
        assertThat(packs.err()).contains("201 lines").contains("1 bad lines").contains("line 12: ");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("line,requestDate,direction,verdictBefore,verdictAfter");
        assertThat(rows).hasSizeGreaterThan(1);
        // An index step never lowers anything: some gain; a refusal on another ground may see a condition flip (OTHER).
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.split(",")[2]).isIn("GAIN", "OTHER"));
        assertThat(rows.subList(1, rows.size())).anySatisfy(row -> assertThat(row.split(",")[2]).isEqualTo("GAIN"));

        assertThat(override.exit()).as(override.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode totals = report.get("totals");
        assertThat(totals.get("changed").asLong()).isEqualTo(rows.size() - 1);
        assertThat(totals.get("lose").asLong()).isZero();
        assertThat(totals.get("errors").get(0).get("line").asLong()).isEqualTo(12);
        assertThat(report.get("alternative").get("overrides").get(0).get("name").asText()).isEqualTo("index.social_benefit_coefficient");
        java.math.BigDecimal csvSum = rows.stream().skip(1).map(r -> new java.math.BigDecimal(r.split(",")[11]))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(totals.get("sumOfMonthlyDifferences").decimalValue()).isPositive().isEqualByComparingTo(csvSum);
    }

    @Test
    void aSummaryOfOnePackAtTwoDatesAndNothingToCompare() throws Exception {
        Path summary = directory.resolve("impact.md");
        Run dates = run("impact", "-i", caseload.toString(), "--at", "2025-03-01", "--against", "2026-03-01", "-o", summary.toString());
        Run nothing = run("impact", "-i", caseload.toString());

        assertThat(dates.exit()).as(dates.err()).isEqualTo(1);
        assertThat(Files.readString(summary)).startsWith("# Impact of a change")
                .contains("every dossier as of 2025-03-01").contains("every dossier as of 2026-03-01")
                .contains("| lines read | 201 |").contains("| bad lines, skipped | 1 |");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("nothing to compare");
    }

    @Test
    void validateAcceptsAPackFolderOrArchiveAndNamesTheFileAndLineOfACompileError() throws Exception {
        Path archive = directory.resolve("pack.zip");
        Files.write(archive, PackArchive.write(KbSource.fromDirectory(withOctoberStep)));
        Path broken = copyOfBundledPack("broken");
        Path drl;
        try (Stream<Path> files = Files.list(broken.resolve("rules"))) {
            drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(drl, Files.readString(drl) + "\nrule \"unfinished\"\nwhen\n    $x : \nthen\nend\n");

        Run folder = run("validate", withOctoberStep.toString());
        Run zip = run("validate", archive.toString());
        Run refused = run("validate", broken.toString());
        Run missing = run("validate", directory.resolve("no-such-pack").toString());

        assertThat(folder.exit()).as(folder.err()).isZero();
        assertThat(folder.out()).startsWith("accepted: rulesVersion ");
        assertThat(zip.exit()).as(zip.err()).isZero();
        assertThat(zip.out()).startsWith("accepted: rulesVersion ");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).containsPattern("rules/" + drl.getFileName() + ":\\d+: ").contains("refused:");
        assertThat(missing.exit()).isEqualTo(2);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine command = new CommandLine(new CpasCommand());
        ImpactCommand impact = command.getSubcommands().get("impact").getCommand();
        impact.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        ValidateCommand validate = command.getSubcommands().get("validate").getCommand();
        validate.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        validate.err = impact.err;
        int exit = command.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path copyOfBundledPack(String name) throws IOException {
        Path copy = directory.resolve(name);
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(BUNDLED.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return copy;
    }
}
