package be.cpas.rules.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine in one JVM, each in its own class loader, deciding the same dossier in alternating
 * rounds, so that both see the same load on a shared machine (JMH runs one after the other do not). Prints the
 * median time per decision of each variant and the median of the per-round ratios.
 *
 * <pre>java -cp rules-bench/target/benchmarks.jar be.cpas.rules.bench.PairedComparison BASELINE.jar CANDIDATE.jar...</pre>
 * Each jar is rules-bench's shaded benchmarks.jar, built from the commit to compare; {@code -Ddossiers=a,b} picks
 * the dossiers of {@code src/main/resources/dossiers/}, or {@code mix}: the first {@value #MIX_SIZE} dossiers of the
 * generated mix (DossierGenerator, seed 1), decided in turn. The candidate is also timed with its trace when its engine
 * has {@code decide(Dossier, Locale, boolean)}, unless {@code -Dpaired.withoutTrace=true}. {@code -Dpaired.warmUpRounds}
 * and {@code -Dpaired.rounds} (10 and 30) set the rounds. A jar written {@code JAR?name=value&name=value} loads its engine with
 * those system properties set (an option of the engine read once, at load). Both the wall-clock time and the decision
 * thread's CPU time are reported: on a loaded machine, the CPU time and the ratios are the steadier figures.
 */
public final class PairedComparison {

    private static final int WARM_UP_ROUNDS = Integer.getInteger("paired.warmUpRounds", 10);
    private static final int ROUNDS = Integer.getInteger("paired.rounds", 30);
    private static final int DECISIONS_PER_ROUND = 50;
    private static final int MIX_SIZE = 512;
    /** The decision thread's CPU time: on a shared machine it counts less of the other processes' load than the wall clock. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One engine built from one jar, and one way of calling it, on each dossier in turn. */
    private static final class Variant {
        private final String name;
        private final ClassLoader loader;
        private final Object engine;
        private final Method decide;
        private final List<Object[]> args;
        private int next;

        Variant(String name, ClassLoader loader, Object engine, Method decide, List<Object[]> args) {
            this.name = name;
            this.loader = loader;
            this.engine = engine;
            this.decide = decide;
            this.args = args;
        }

        String name() {
            return name;
        }

        Object run() throws Exception {
            // Drools finds its services through the context class loader.
            Thread.currentThread().setContextClassLoader(loader);
            next = (next + 1) % args.size();
            return decide.invoke(engine, args.get(next));
        }
    }

    private PairedComparison() {
    }

    public static void main(String[] jars) throws Exception {
        String dossiers = System.getProperty("dossiers", "single-no-resources,cohabitant-with-partner-and-wage,incomplete-minor");
        for (String dossier : dossiers.split(",")) {
            List<Variant> variants = new ArrayList<>();
            variants.addAll(variants("baseline", jars[0], dossier));
            for (int j = 1; j < jars.length; j++) {
                variants.addAll(variants(jars.length == 2 ? "candidate" : "candidate " + j, jars[j], dossier));
            }
            double[][] microsPerDecision = new double[variants.size()][ROUNDS];
            double[][] cpuMicrosPerDecision = new double[variants.size()][ROUNDS];
            for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
                for (int k = 0; k < variants.size(); k++) {
                    int v = Math.floorMod(k + round, variants.size()); // rotate the order from round to round
                    long start = System.nanoTime();
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    for (int i = 0; i < DECISIONS_PER_ROUND; i++) {
                        variants.get(v).run();
                    }
                    if (round >= 0) {
                        microsPerDecision[v][round] = (System.nanoTime() - start) / 1e3 / DECISIONS_PER_ROUND;
                        cpuMicrosPerDecision[v][round] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e3 / DECISIONS_PER_ROUND;
                    }
                }
            }
            System.out.printf("%s%n", dossier);
            for (int v = 0; v < variants.size(); v++) {
                double[] ratios = new double[ROUNDS];
                double[] cpuRatios = new double[ROUNDS];
                for (int r = 0; r < ROUNDS; r++) {
                    ratios[r] = microsPerDecision[v][r] / microsPerDecision[0][r];
                    cpuRatios[r] = cpuMicrosPerDecision[v][r] / cpuMicrosPerDecision[0][r];
                }
                System.out.printf("  %-20s median %8.0f us/decision, median ratio to baseline %.3f; CPU time %8.0f us/decision, "
                        + "median ratio %.3f%n", variants.get(v).name(), median(microsPerDecision[v]), median(ratios),
                        median(cpuMicrosPerDecision[v]), median(cpuRatios));
            }
        }
    }

    /** A jar, with system properties set while its engine loads when written {@code JAR?name=value&name=value}. */
    private static List<Variant> variants(String name, String jarWithProperties, String dossier) throws Exception {
        String[] jarAndProperties = jarWithProperties.split("\\?", 2);
        List<String[]> properties = jarAndProperties.length == 1 ? List.of()
                : Arrays.stream(jarAndProperties[1].split("&")).map(p -> p.split("=", 2)).toList();
        properties.forEach(p -> System.setProperty(p[0], p[1]));
        try {
            return variants(jarAndProperties.length == 1 ? name : name + " ?" + jarAndProperties[1], Path.of(jarAndProperties[0]), dossier);
        } finally {
            properties.forEach(p -> System.clearProperty(p[0]));
        }
    }

    private static List<Variant> variants(String name, Path jar, String dossier) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> engineClass = loader.loadClass("be.cpas.rules.kb.RulesEngine");
        Class<?> dossierClass = loader.loadClass("be.cpas.rules.model.Dossier");
        Thread.currentThread().setContextClassLoader(loader);
        Object engine = engineClass.getMethod("fromClasspath").invoke(null);
        List<Object> inputs = "mix".equals(dossier) ? generated(loader) : List.of(readDossier(loader, dossierClass, dossier));
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(name, loader, engine, engineClass.getMethod("decide", dossierClass),
                inputs.stream().map(input -> new Object[] {input}).toList()));
        boolean canTrace = !Boolean.getBoolean("paired.withoutTrace") && Arrays.stream(engineClass.getMethods())
                .anyMatch(m -> m.getName().equals("decide") && m.getParameterCount() == 3);
        if (canTrace) {
            variants.add(new Variant(name + " with trace", loader, engine,
                    engineClass.getMethod("decide", dossierClass, Locale.class, boolean.class),
                    inputs.stream().map(input -> new Object[] {input, Locale.FRENCH, true}).toList()));
        }
        return variants;
    }

    private static List<Object> generated(ClassLoader loader) throws Exception {
        Class<?> generatorClass = loader.loadClass("be.cpas.rules.kb.generator.DossierGenerator");
        Object generator = generatorClass.getConstructor(long.class).newInstance(1L);
        Method next = generatorClass.getMethod("next");
        List<Object> dossiers = new ArrayList<>();
        for (int i = 0; i < MIX_SIZE; i++) {
            dossiers.add(next.invoke(generator));
        }
        return dossiers;
    }

    private static Object readDossier(ClassLoader loader, Class<?> dossierClass, String dossier) throws Exception {
        Class<?> mapperClass = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        Class<?> factoryClass = loader.loadClass("com.fasterxml.jackson.core.JsonFactory");
        Class<?> moduleClass = loader.loadClass("com.fasterxml.jackson.databind.Module");
        Object mapper = mapperClass.getConstructor(factoryClass)
                .newInstance(loader.loadClass("com.fasterxml.jackson.dataformat.yaml.YAMLFactory").getConstructor().newInstance());
        mapperClass.getMethod("registerModule", moduleClass)
                .invoke(mapper, loader.loadClass("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule").getConstructor().newInstance());
        try (InputStream in = PairedComparison.class.getResourceAsStream("/dossiers/" + dossier + ".yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return mapperClass.getMethod("readValue", String.class, Class.class).invoke(mapper, yaml, dossierClass);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
    }
}
