package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.tools.KnowledgeBaseComparison;

/** The analyst's comparison shows exactly the scenarios an edit changes, and how. */
class KnowledgeBaseComparisonTest {

    private static final Path PACKAGED = Path.of("src/main/resources/cpas-kb");
    private static final Path SCENARIOS = Path.of("src/main/resources/cpas-kb/scenarios");

    @Test
    void anIndexationOfCategory1ChangesOnlyTheCategory1ScenariosOfThatDate(@TempDir Path edited) throws Exception {
        copy(PACKAGED, edited);
        // a welfare step of category 1 on 2025-02-01: base 6 038.83 x 1.02 = 6 159.61, x 1.7410 = 10 723.88 a year;
        // the published figures of category 1 no longer hold and are dropped from the edited copy
        Path base = edited.resolve("parameters/ris/base/category_1.yaml");
        Files.writeString(base, Files.readString(base) + """
                  - from: 2025-02-01
                    value: 6159.61
                    status: C
                    source: "welfare adjustment (test)"
                """);
        Path cat1 = edited.resolve("parameters/ris/amount/category_1.yaml");
        String amount = Files.readString(cat1);
        Files.writeString(cat1, amount.substring(0, amount.indexOf("published:")));

        KnowledgeBaseComparison comparison = new KnowledgeBaseComparison(
                RulesEngine.from(KbSource.fromDirectory(PACKAGED)), RulesEngine.from(KbSource.fromDirectory(edited)));
        List<KnowledgeBaseComparison.Change> changes = comparison.compare(SCENARIOS);

        assertThat(changes).extracting(KnowledgeBaseComparison.Change::scenario)
                .contains("amount_2025-02-01_category_1.yaml", "facts_s1_cohabitant_maintenance_2025.yaml")
                .doesNotContain("amount_2025-02-01_category_2.yaml", "amount_2005-08-01_category_1.yaml");
        assertThat(changes).filteredOn(c -> c.scenario().equals("amount_2025-02-01_category_1.yaml"))
                .singleElement().extracting(KnowledgeBaseComparison.Change::differences).asList()
                .contains("yearly amount: 10513.60 -> 10723.88", "monthly amount: 876.13 -> 893.66");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        comparison.report(changes, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("amount_2025-02-01_category_1.yaml");
    }

    @Test
    void anUnchangedCopyChangesNothing() {
        KnowledgeBaseComparison comparison = new KnowledgeBaseComparison(
                RulesEngine.from(KbSource.fromDirectory(PACKAGED)), RulesEngine.from(KbSource.fromDirectory(PACKAGED)));

        assertThat(comparison.compare(SCENARIOS)).isEmpty();
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
