package be.cpas.rules.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import be.cpas.rules.kb.generator.DossierGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cpas generate}: N seeded dossiers as JSON Lines on standard output (see {@link DossierGenerator}). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N generated dossiers, one JSON object a line; the same seed gives the same dossiers.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-n", "--count"}, required = true, description = "How many dossiers.")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        new DossierGenerator(seed).writeJsonLines(count,
                new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        return 0;
    }
}
