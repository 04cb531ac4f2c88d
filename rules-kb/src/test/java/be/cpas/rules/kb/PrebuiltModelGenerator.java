package be.cpas.rules.kb;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.memorycompiler.KieMemoryCompiler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import be.cpas.rules.kb.source.KbSource;
import be.cpas.rules.kb.verification.PackVerifier;

/**
 * Build step of rules-kb (maven-antrun-plugin, phase process-test-classes, see the pom): compiles the bundled pack
 * (target/classes/cpas-kb) as the executable model, writes the generated rule classes into target/classes, so that
 * they go into the library's jar, runs every check of {@link PackVerifier} (scenarios included) on an engine loaded
 * from those very classes, and only then writes the descriptor {@link PrebuiltModel#DESCRIPTOR} tying them to the
 * pack's content hash. A pack that fails its checks stops the build: it is never packaged as verified. The rule base's
 * alpha network is compiled here too (Drools' alpha network compiler) and verified with the rest.
 * Here, and not in the library, because code generation needs drools-model-codegen, which the service does not ship.
 */
public final class PrebuiltModelGenerator {

    /** The pack's scenarios run cold here, maybe on a busy build machine: a slow first decision is not a loop. */
    private static final Duration SCENARIO_TIME_LIMIT = Duration.ofSeconds(60);
    /** Where the executable model puts the rule classes of the DRL package cpas.ris. */
    private static final String GENERATED_PACKAGE_FOLDER = "cpas/ris/";
    /** Drools' index of the project's models; not used: {@link PrebuiltModel} names them. */
    private static final String PROJECT_MODEL_FOLDER = "org/drools/project/model/";

    /** Where Drools' alpha network compiler puts its classes (package org.drools.ancompiler): only those are there. */
    private static final String ALPHA_NETWORK_FOLDER = "org/drools/ancompiler/";

    private PrebuiltModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        long start = System.nanoTime();
        deleteTree(classes.resolve(GENERATED_PACKAGE_FOLDER));
        deleteTree(classes.resolve(ALPHA_NETWORK_FOLDER));
        deleteTree(classes.resolve(PrebuiltModel.DESCRIPTOR).getParent());

        KbSource source = KbSource.fromDirectory(classes.resolve(KbSource.CLASSPATH_ROOT));
        InternalKieModule module = (InternalKieModule) RulesEngine.compile(source, ExecutableModelProject.class).getKieModule();
        List<String> models = new ArrayList<>();
        int written = 0;
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class") && file.startsWith(GENERATED_PACKAGE_FOLDER)) {
                Path target = classes.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(file));
                written++;
            } else if (file.endsWith("/drools-model")) {
                new String(module.getBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .map(String::trim).filter(line -> !line.isEmpty() && !line.contains(":"))  // "Drools-Model-Version:..."
                        .forEach(models::add);
            } else if (file.endsWith(".class") && !file.startsWith(PROJECT_MODEL_FOLDER)) {
                throw new IllegalStateException("a generated class outside " + GENERATED_PACKAGE_FOLDER + ": " + file);
            }
        }
        PrebuiltModel interpreted = new PrebuiltModel(source.contentHash(), models, RuleFiles.of(source), List.of());
        System.out.printf("Executable model of %s: %d classes, models %s, generated in %d ms%n", source.origin(), written, models,
                (System.nanoTime() - start) / 1_000_000);
        long alphaStart = System.nanoTime();
        List<PrebuiltModel.AlphaNetwork> alphaNetworks = writeAlphaNetworks(interpreted.interpretedKieBase(RulesEngine.class.getClassLoader()), classes);
        PrebuiltModel model = new PrebuiltModel(source.contentHash(), models, interpreted.ruleFiles(), alphaNetworks);
        System.out.printf("Alpha network compiled: %d classes in %d ms%n", alphaNetworks.size(), (System.nanoTime() - alphaStart) / 1_000_000);

        RulesEngine engine = RulesEngine.fromPrebuilt(source, model, RulesEngine.class.getClassLoader());
        PackVerifier.Verdict verdict = PackVerifier.check(source, engine, SCENARIO_TIME_LIMIT);
        if (!verdict.accepted()) {
            deleteTree(classes.resolve(GENERATED_PACKAGE_FOLDER));
            deleteTree(classes.resolve(ALPHA_NETWORK_FOLDER));
            verdict.problems().forEach(problem -> System.err.println("Rule pack refused: " + problem));
            System.err.println("The bundled pack fails its checks: no prebuilt model (skip this step with -Dmaven.antrun.skip)");
            System.exit(1);
        }
        Path descriptor = classes.resolve(PrebuiltModel.DESCRIPTOR);
        Files.createDirectories(descriptor.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValue(descriptor.toFile(), model);
        System.out.printf("Bundled pack (content hash %s) verified on the executable model, in %d ms in all%n",
                model.contentHash(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Compiles the rule base's alpha network (one class per fact type, Drools' alpha network compiler) into the
     * classes folder; returns what {@link PrebuiltModel} needs to attach them at run time, without a compiler.
     */
    private static List<PrebuiltModel.AlphaNetwork> writeAlphaNetworks(KieBase kieBase, Path classes) throws IOException {
        Map<String, CompiledNetworkSources> networks = ObjectTypeNodeCompiler.compiledNetworkSourceMap(((InternalRuleBase) kieBase).getRete());
        Map<String, String> sources = new TreeMap<>();
        List<PrebuiltModel.AlphaNetwork> attached = new ArrayList<>();
        for (CompiledNetworkSources network : networks.values()) {
            sources.put(network.getName(), oneLineComments(network.getSource()));
            attached.add(attachment(network));
        }
        for (Map.Entry<String, byte[]> compiled : KieMemoryCompiler.compileNoLoad(sources, RulesEngine.class.getClassLoader()).entrySet()) {
            String name = compiled.getKey();
            Path target = classes.resolve(name.endsWith(".class") ? name : name.replace('.', '/') + ".class");
            if (!target.startsWith(classes.resolve(ALPHA_NETWORK_FOLDER))) {
                throw new IllegalStateException("an alpha network class outside " + ALPHA_NETWORK_FOLDER + ": " + name);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, compiled.getValue());
        }
        attached.sort(Comparator.comparing(PrebuiltModel.AlphaNetwork::className));
        return attached;
    }

    /** The object type node and the hashed alpha node (by id) that Drools' loader would give the network's class. */
    private static PrebuiltModel.AlphaNetwork attachment(CompiledNetworkSources network) {
        ObjectTypeNode node = (ObjectTypeNode) privateField(network, "objectTypeNode");
        Map<?, ?> rangeIndexes = (Map<?, ?>) privateField(network, "rangeIndexDeclarationMap");
        if (rangeIndexes != null && !rangeIndexes.isEmpty()) {
            throw new IllegalStateException("an alpha network with range indexes, which PrebuiltModel does not attach: " + network.getName());
        }
        Object hashed = privateField(network, "indexableConstraint");
        int hashedAlphaNode = hashed == null ? -1 : Arrays.stream(node.getObjectSinkPropagator().getSinks())
                .filter(sink -> sink instanceof AlphaNode alpha && alpha.getConstraint() == hashed)
                .mapToInt(sink -> ((AlphaNode) sink).getId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the hashed constraint of " + network.getName() + " is on no alpha node under " + node));
        return new PrebuiltModel.AlphaNetwork(network.getName(), node.getId(), hashedAlphaNode, PrebuiltModel.shapeOf(node));
    }

    private static Object privateField(Object owner, String name) {
        try {
            Field field = owner.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Drools' alpha network compiler changed: no field " + name, e);
        }
    }

    /**
     * Drools 10.2 writes each node's description after the field it uses as a line comment, constraint included: a
     * constraint written over several lines in the DRL breaks the comment and the class does not compile. Joins the
     * lines of a comment whose brackets are still open.
     */
    static String oneLineComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        boolean inComment = false;
        int openBrackets = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (!inComment && c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                inComment = true;
                openBrackets = 0;
            } else if (inComment && c == '[') {
                openBrackets++;
            } else if (inComment && c == ']') {
                openBrackets--;
            } else if (inComment && c == '\n') {
                if (openBrackets > 0) {
                    out.append(' ');
                    continue;
                }
                inComment = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
