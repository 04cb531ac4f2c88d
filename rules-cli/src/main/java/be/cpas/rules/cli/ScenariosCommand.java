package be.cpas.rules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.packs.PackArchive;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.Expectation;
import be.cpas.rules.kb.verification.ScenarioReport;
import be.cpas.rules.kb.verification.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cpas scenarios}: runs scenario files (docs/analysts.md, "Writing a scenario") against a pack and prints
 * the report: each file passed, or each field expected against actual; a summary line last. Exit code 0 when
 * every scenario passes, 1 when one fails or cannot be read, 2 when the pack does not load. With
 * {@code --migrate}, files in the old format are first rewritten in the current one ({@link ScenarioMigration}).
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Runs scenario files against a rule pack and reports, field by field, what differs from the law.")
final class ScenariosCommand implements Callable<Integer> {

    @Option(names = "--pack", paramLabel = "<dir|archive>",
            description = "The pack: a folder holding rules/, parameters/, messages/, scenarios/, or a pack archive (.zip)."
                    + " The bundled pack when left out.")
    Path pack;

    @Parameters(paramLabel = "files", arity = "0..*",
            description = "Scenario files to run (their bases come from the pack's scenarios/bases/). Every scenario of the pack when left out.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--migrate",
            description = "First rewrite each given file written in the old format (name, dossier, expected) in the current one, in place.")
    boolean migrate;

    @Option(names = "--keys", description = "List what a scenario can expect (the paths of expect:) and stop.")
    boolean keys;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        if (keys) {
            int width = Expectation.KEYS.stream().mapToInt(key -> key.form().length()).max().orElse(0);
            Expectation.KEYS.forEach(key -> out.printf("%-" + width + "s  %s%n", key.form(), key.meaning()));
            return 0;
        }
        KbSource source;
        RulesEngine engine;
        try {
            source = pack == null ? KbSource.fromClasspath()
                    : Files.isDirectory(pack) ? KbSource.fromDirectory(pack)
                    : PackArchive.read(Files.readAllBytes(pack), pack.toString());
            engine = RulesEngine.from(source);
        } catch (RuntimeException | IOException e) {
            err.println("The pack does not load: " + e);
            return 2;
        }
        if (migrate) {
            for (Path file : files) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                if (ScenarioMigration.isOldFormat(content)) {
                    Files.writeString(file, ScenarioMigration.migrate(content, source), StandardCharsets.UTF_8);
                    out.println("migrated " + file);
                }
            }
        }
        List<KbFile> scenarios = files.isEmpty() ? ScenarioRunner.files(source) : read(files);
        ScenarioReport report = ScenarioRunner.run(engine, source, scenarios);
        out.print(report.text());
        return report.passed() ? 0 : 1;
    }

    private static List<KbFile> read(List<Path> paths) throws IOException {
        List<KbFile> read = new ArrayList<>();
        for (Path path : paths) {
            read.add(new KbFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
        }
        return read;
    }
}
