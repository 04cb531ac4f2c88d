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
        // Line 10 holds the byte 0xFF, which no UTF-8 text contains.
        String text = String.join("\n", lines.subList(0, 9)) + "\n{\"requestDate\":\"";
        String rest = "\"}\n" + String.join("\n", lines.subList(9, lines.size())) + "\n";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(text.getBytes(StandardCharsets.UTF_8));
        file.write(0xFF);
        file.write(rest.getBytes(StandardCharsets.UTF_8));
        Files.write(dossiers, file.toByteArray());
        Path results = directory.resolve("results.jsonl");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        CommandLine command = new CommandLine(new CpasCommand());
        DecideCommand decide = command.getSubcommands().get("decide").getCommand();
        decide.err = new PrintStream(errors, true, StandardCharsets.UTF_8);

        int exit = command.execute("decide", "-i", dossiers.toString(), "-o", results.toString(), "--lean");

        assertThat(exit).as(errors.toString(StandardCharsets.UTF_8)).isEqualTo(1);  // one bad line
        List<String> out = Files.readAllLines(results);
        assertThat(out).hasSize(32);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i)).startsWith("{\"line\":" + (i + 1) + ",");
            assertThat(out.get(i).contains("\"errors\"")).as(out.get(i)).isEqualTo(i == 6 || i == 9);
        }
        assertThat(out.get(6)).contains("requestDate");
        String summary = errors.toString(StandardCharsets.UTF_8);
        // The byte that is not UTF-8 is one bad date of its line, not the end of the run.
        assertThat(summary).contains("lines: 32, decided: 30, errors: 2").contains("line 7: requestDate")
                .contains("line 10: requestDate");
    }
}
