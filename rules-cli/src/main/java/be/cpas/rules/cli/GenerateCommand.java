package be.cpas.rules.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.generator.DossierGenerator;
import be.cpas.rules.model.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cpas generate}: N seeded dossiers as JSON Lines on standard output (see {@link DossierGenerator}). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N generated dossiers, one JSON object a line; the same seed gives the same dossiers.")
final class GenerateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Option(names = {"-n", "--count"}, required = true, description = "How many dossiers.")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (Iterator<Dossier> dossiers = new DossierGenerator(seed).stream(count).iterator(); dossiers.hasNext();) {
            out.write(JSON.writeValueAsString(dossiers.next()));
            out.write('\n');
        }
        out.flush();
        return 0;
    }
}
