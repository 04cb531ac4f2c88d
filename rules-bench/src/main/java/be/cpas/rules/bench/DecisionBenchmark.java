package be.cpas.rules.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Dossier;

/** Time to decide one dossier with a warm engine, with and without its trace, and to build the engine (the service's start-up cost). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {

    @Param({"single-no-resources", "cohabitant-with-partner-and-wage", "incomplete-minor"})
    public String dossier;

    private RulesEngine engine;
    private Dossier input;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        engine = RulesEngine.fromClasspath();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
        try (InputStream in = DecisionBenchmark.class.getResourceAsStream("/dossiers/" + dossier + ".yaml")) {
            input = yaml.readValue(in, Dossier.class);
        }
    }

    @Benchmark
    public Decision decide() {
        return engine.decide(input);
    }

    /** The same decision with its trace (POST /v1/decisions?trace=true). */
    @Benchmark
    public Decision decideWithTrace() {
        return engine.decide(input, Locale.FRENCH, true);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public RulesEngine buildEngine() {
        return RulesEngine.fromClasspath();
    }
}
