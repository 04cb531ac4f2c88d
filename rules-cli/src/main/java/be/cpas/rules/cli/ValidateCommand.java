package be.cpas.rules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cpas validate <pack>}: the checks a pack must pass before the service serves it ({@link PackVerifier}):
 * it compiles (errors with file and line), its parameter files load (file and field), every parameter a rule reads
 * has a file, its texts exist in fr, nl and de, and its own scenarios pass. Exit code 0 when accepted, 1 when
 * refused, 2 when the pack cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a rule pack (a folder or a zip archive) as the service does before serving it.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PACK", description = "The pack: a folder holding rules/, parameters/, messages/, scenarios/, or a zip of them.")
    Path pack;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        KbSource source;
        try {
            source = PackFiles.read(pack);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        PackVerifier.Verdict verdict = PackVerifier.verify(source, Duration.ofSeconds(60));
        if (!verdict.accepted()) {
            verdict.problems().forEach(err::println);
            err.println("refused: " + verdict.problems().size() + " problem(s)");
            return 1;
        }
        out.println("accepted: rulesVersion " + verdict.engine().rulesVersion());
        return 0;
    }
}
