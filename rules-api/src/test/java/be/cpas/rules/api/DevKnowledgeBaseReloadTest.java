package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.source.KbSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Dev mode's reload: an edit of a rule file in the working copy gives the next decisions a rule pack built from
 * the edited files, while the previous pack answers until then.
 */
class DevKnowledgeBaseReloadTest {

    private static final Path KNOWLEDGE_BASE = Path.of("../rules-kb/src/main/resources/cpas-kb");

    @TempDir
    Path workingCopy;

    private final DevKnowledgeBaseReload reload = new DevKnowledgeBaseReload();

    @AfterEach
    void stopWatching() throws IOException {
        reload.onStop(null);
    }

    @Test
    void anEditedRuleFileIsCompiledForTheNextDecisions() throws Exception {
        copy(KNOWLEDGE_BASE, workingCopy);
        RulesEngineHolder holder = new RulesEngineHolder();
        holder.registry = new SimpleMeterRegistry();
        holder.knowledgeBaseDirectory = Optional.of(workingCopy.toString());
        holder.timeLimit = Duration.ofSeconds(10);
        holder.verificationTimeLimit = Duration.ofSeconds(60);
        assertThat(holder.build()).as("the working copy is verified and served").isTrue();
        String before = holder.engine().orElseThrow().rulesVersion();
        assertThat(holder.engine().orElseThrow().compilation()).as("an unedited copy is the bundled pack")
                .isEqualTo(RulesEngine.Compilation.BUILD_TIME_EXECUTABLE_MODEL);

        reload.holder = holder;
        reload.knowledgeBaseDirectory = holder.knowledgeBaseDirectory;
        reload.onStart(null);
        Path rule;
        try (Stream<Path> rules = Files.list(workingCopy.resolve("rules"))) {
            rule = rules.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(rule, "\n// edited in dev mode\n", StandardOpenOption.APPEND);
        String expected = RulesEngine.from(KbSource.fromDirectory(workingCopy)).rulesVersion();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (holder.engine().orElseThrow().rulesVersion().equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(expected).isNotEqualTo(before);
        assertThat(holder.engine().orElseThrow().rulesVersion()).as("the pack served after the edit").isEqualTo(expected);
        assertThat(holder.engine().orElseThrow().compilation()).as("an edited pack is compiled at run time")
                .isEqualTo(RulesEngine.Compilation.RUN_TIME_MVEL);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
