package be.cpas.rules.kb.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.ScenarioFile;
import be.cpas.rules.kb.verification.ScenarioRunner;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;

/**
 * Shows a policy analyst the effect of an edit before it goes live: decides every scenario dossier with the
 * current knowledge base and with an edited working copy, and lists what changes (verdict, route, category,
 * amount, condition outcomes).
 *
 * <pre>
 * java -cp rules-bench/target/benchmarks.jar be.cpas.rules.kb.tools.KnowledgeBaseComparison \
 *      rules-kb/src/main/resources/cpas-kb  /path/to/edited/cpas-kb  rules-kb/src/main/resources/cpas-kb/scenarios
 * </pre>
 */
public final class KnowledgeBaseComparison {

    /** One scenario whose decision differs, with each difference as "what: before -> after". */
    public record Change(String scenario, List<String> differences) {
    }

    private final RulesEngine before;
    private final RulesEngine after;

    public KnowledgeBaseComparison(RulesEngine before, RulesEngine after) {
        this.before = before;
        this.after = after;
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: KnowledgeBaseComparison <current kb folder> <edited kb folder> <scenario folder>");
            System.exit(2);
        }
        KnowledgeBaseComparison comparison = new KnowledgeBaseComparison(
                RulesEngine.from(KbSource.fromDirectory(Path.of(args[0]))),
                RulesEngine.from(KbSource.fromDirectory(Path.of(args[1]))));
        comparison.report(comparison.compare(Path.of(args[2])), System.out);
    }

    /** Every scenario case under the folder (its bases in {@code bases/}) whose decision changes. */
    public List<Change> compare(Path scenarioFolder) {
        KbSource scenarios = KbSource.of(scenarioFolder.toString(), scenarioFiles(scenarioFolder).stream()
                .map(file -> new KbFile(ScenarioRunner.FOLDER + scenarioFolder.relativize(file).toString().replace('\\', '/'), read(file)))
                .toList());
        List<Change> changes = new ArrayList<>();
        for (KbFile file : ScenarioRunner.files(scenarios)) {
            for (ScenarioFile.Case scenarioCase : ScenarioFile.read(file, scenarios).cases()) {
                Dossier dossier = scenarioCase.dossier();
                List<String> differences = differences(scenarioCase.engine(before).decide(dossier), scenarioCase.engine(after).decide(dossier));
                if (!differences.isEmpty()) {
                    String name = file.path().substring(ScenarioRunner.FOLDER.length());
                    changes.add(new Change(scenarioCase.name() == null ? name : name + " (" + scenarioCase.name() + ")", differences));
                }
            }
        }
        return changes;
    }

    public void report(List<Change> changes, PrintStream out) {
        out.printf("rules %s -> %s%n", before.rulesVersion().substring(0, 12), after.rulesVersion().substring(0, 12));
        if (changes.isEmpty()) {
            out.println("No scenario changes.");
        }
        for (Change change : changes) {
            out.println(change.scenario());
            change.differences().forEach(d -> out.println("  " + d));
        }
    }

    static List<String> differences(Decision a, Decision b) {
        List<String> differences = new ArrayList<>();
        compare(differences, "verdict", a.verdict(), b.verdict());
        compare(differences, "route", a.route().route(), b.route().route());
        compare(differences, "category", a.category() == null ? null : a.category().category(),
                b.category() == null ? null : b.category().category());
        compare(differences, "yearly amount", a.amount() == null ? null : a.amount().yearly(), b.amount() == null ? null : b.amount().yearly());
        compare(differences, "monthly amount", a.amount() == null ? null : a.amount().monthly(), b.amount() == null ? null : b.amount().monthly());
        // A working copy may add or remove a condition: compare them by id.
        java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
        a.conditions().forEach(c -> before.put(c.condition(), c.outcome()));
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        b.conditions().forEach(c -> after.put(c.condition(), c.outcome()));
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        ids.forEach(id -> compare(differences, "condition " + id, before.get(id), after.get(id)));
        return differences;
    }

    private static void compare(List<String> differences, String what, Object before, Object after) {
        if (!Objects.equals(before == null ? null : before.toString(), after == null ? null : after.toString())) {
            differences.add(what + ": " + before + " -> " + after);
        }
    }

    private static List<Path> scenarioFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
