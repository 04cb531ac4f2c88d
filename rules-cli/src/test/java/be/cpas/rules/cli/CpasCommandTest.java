package be.cpas.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CpasCommandTest {

    @TempDir
    Path directory;

    @Test
    void generatedDossiersAreDecidedInOrderAndABadLineIsNamedWithItsNumber() throws Exception {
        Path dossiers = directory.resolve("dossiers.jsonl");
        PrintStream stdout = System.out;
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        System.setOut(new PrintStream(generated, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new CpasCommand()).execute("generate", "-n", "30", "--seed", "4")).isZero();
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = new ArrayList<>(generated.toString(StandardCharsets.UTF_8).lines().toList());
        assertThat(lines).hasSize(30);
        lines.add(6, "{\"requestDate\":\"2025-02-30\",\"applicant\":{}}");
        Files.write(dossiers, lines);
        Path results = directory.resolve("results.jsonl");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        CommandLine command = new CommandLine(new CpasCommand());
        DecideCommand decide = command.getSubcommands().get("decide").getCommand();
        decide.err = new PrintStream(errors, true, StandardCharsets.UTF_8);

        int exit = command.execute("decide", "-i", dossiers.toString(), "-o", results.toString(), "--lean");

        assertThat(exit).as(errors.toString(StandardCharsets.UTF_8)).isEqualTo(1);  // one bad line
        List<String> out = Files.readAllLines(results);
        assertThat(out).hasSize(31);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i)).startsWith("{\"line\":" + (i + 1) + ",");
            assertThat(out.get(i).contains("\"errors\"")).as(out.get(i)).isEqualTo(i == 6);
        }
        assertThat(out.get(6)).contains("requestDate");
        String summary = errors.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("lines: 31, decided: 30, errors: 1").contains("line 7: requestDate");
    }
}
