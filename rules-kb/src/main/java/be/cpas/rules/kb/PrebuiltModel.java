package be.cpas.rules.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.core.impl.InternalRuleBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import com.fasterxml.jackson.databind.ObjectMapper;

import be.cpas.rules.kb.source.KbSource;

/**
 * The bundled pack's rules compiled at build time as the executable model (Java classes generated from the DRL and
 * compiled with the library, see {@code PrebuiltModelGenerator} in the tests), with what they were compiled from.
 * The build writes the descriptor only after the pack, run on these very classes, passed every check of
 * {@link be.cpas.rules.kb.verification.PackVerifier}: its presence means "verified at build time".
 *
 * @param contentHash the {@link KbSource#contentHash()} of the pack the classes were generated from
 * @param models      the generated {@link Model} classes
 * @param ruleFiles   the DRL file of each rule, by rule name ({@link RuleFiles})
 * @param alphaNetworks the classes the build compiled from the rule base's alpha network, one per fact type: each
 *                    tests a fact against its type's constraints in straight-line code, where Drools would walk the
 *                    network's nodes (docs/performance.md, "Engine configuration"); none in a descriptor of an older build
 */
record PrebuiltModel(String contentHash, List<String> models, Map<String, String> ruleFiles, List<String> alphaNetworks) {

    PrebuiltModel {
        alphaNetworks = alphaNetworks == null ? List.of() : List.copyOf(alphaNetworks);
    }

    /** Where the descriptor lives on the class path: outside cpas-kb/, so that it is not part of the pack's content. */
    static final String DESCRIPTOR = "cpas-kb-model/prebuilt.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The prebuilt model when one is on the class path and was compiled from exactly this pack. */
    static Optional<PrebuiltModel> matching(KbSource source, ClassLoader loader) {
        return read(loader).filter(model -> model.contentHash().equals(source.contentHash()));
    }

    static Optional<PrebuiltModel> read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(DESCRIPTOR)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, PrebuiltModel.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + DESCRIPTOR, e);
        }
    }

    /** The rule base from the generated classes, with their compiled alpha network: no DRL or Java is compiled. */
    KieBase kieBase(ClassLoader loader) {
        KieBase kieBase = interpretedKieBase(loader);
        if (!alphaNetworks.isEmpty()) {
            attachAlphaNetworks(kieBase, loader);
        }
        return kieBase;
    }

    /** The rule base from the generated rule classes, its alpha network walked node by node. */
    KieBase interpretedKieBase(ClassLoader loader) {
        List<Model> instances = new ArrayList<>();
        for (String name : models) {
            try {
                instances.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new KnowledgeBaseException("The prebuilt rule model " + name + " cannot be loaded: " + e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(instances);
    }

    /**
     * Puts each compiled alpha network in place of its fact type's node walk. Drools derives the networks' class names
     * from the rule base (node ids and hashes); a rule base that names other classes was not built from these models.
     */
    private void attachAlphaNetworks(KieBase kieBase, ClassLoader loader) {
        Map<String, CompiledNetworkSources> networks = ObjectTypeNodeCompiler.compiledNetworkSourceMap(((InternalRuleBase) kieBase).getRete());
        Set<String> names = networks.values().stream().map(CompiledNetworkSources::getName).collect(Collectors.toSet());
        if (!names.equals(Set.copyOf(alphaNetworks))) {
            throw new KnowledgeBaseException("The prebuilt alpha networks " + alphaNetworks + " do not match the rule base's " + names);
        }
        for (CompiledNetworkSources network : networks.values()) {
            try {
                network.createInstanceAndSet(Class.forName(network.getName(), true, loader));
            } catch (ClassNotFoundException e) {
                throw new KnowledgeBaseException("The prebuilt alpha network " + network.getName() + " cannot be loaded: " + e);
            }
        }
    }
}
