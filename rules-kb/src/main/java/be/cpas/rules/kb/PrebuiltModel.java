package be.cpas.rules.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.drools.ancompiler.CompiledNetwork;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.util.index.AlphaRangeIndex;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
record PrebuiltModel(String contentHash, List<String> models, Map<String, String> ruleFiles, List<PrebuiltModel.AlphaNetwork> alphaNetworks) {

    PrebuiltModel {
        alphaNetworks = alphaNetworks == null ? List.of() : List.copyOf(alphaNetworks);
    }

    /** Where the descriptor lives on the class path: outside cpas-kb/, so that it is not part of the pack's content. */
    static final String DESCRIPTOR = "cpas-kb-model/prebuilt.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltModel.class);
    private static final Pattern LAMBDA_IDENTITY = Pattern.compile("lambda \\d+");

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
     * One compiled alpha network: the class the build compiled for the fact type of one object type node, the alpha
     * node whose constraint's field the class hashes on, if any ({@code -1}: none), and the {@link #shapeOf shape} of
     * the network under that object type node when the build compiled it. The class is bound to nodes by their ids.
     */
    record AlphaNetwork(String className, int objectTypeNode, int hashedAlphaNode, String shape) {
    }

    /**
     * What a compiled alpha network is bound to: the fact type, and every node under its object type node with its id,
     * kind and constraint. Two rule bases with the same shape under a node give the compiled class the same nodes.
     */
    static String shapeOf(ObjectTypeNode node) {
        StringBuilder shape = new StringBuilder(node.getObjectType().getClassName());
        appendSinks(node.getObjectSinkPropagator(), shape);
        return shape.toString();
    }

    private static void appendSinks(ObjectSinkPropagator propagator, StringBuilder shape) {
        shape.append('[');
        for (ObjectSink sink : propagator.getSinks()) {
            shape.append(sink.getId()).append(' ').append(sink.getClass().getSimpleName());
            if (sink instanceof AlphaNode alpha) {
                // A constraint describes its lambdas by identity hash, which changes from one JVM to the next.
                shape.append(' ').append(LAMBDA_IDENTITY.matcher(alpha.getConstraint().toString()).replaceAll("lambda"));
                appendSinks(alpha.getObjectSinkPropagator(), shape);
            }
            shape.append(';');
        }
        shape.append(']');
    }

    /**
     * Puts each compiled alpha network in place of its fact type's node walk, as Drools' own loader does, without
     * regenerating it; or none, when the rule base built here is not shaped as the build's was (another Drools, a
     * Drools setting that shares nodes otherwise): the compiled classes would then test facts against the wrong nodes,
     * and walking the nodes decides correctly, only slower.
     */
    private void attachAlphaNetworks(KieBase kieBase, ClassLoader loader) {
        Map<Integer, ObjectTypeNode> objectTypeNodes = new HashMap<>();
        for (EntryPointNode entryPoint : ((InternalRuleBase) kieBase).getRete().getEntryPointNodes().values()) {
            entryPoint.getObjectTypeNodes().values().forEach(node -> objectTypeNodes.put(node.getId(), node));
        }
        for (AlphaNetwork network : alphaNetworks) {
            ObjectTypeNode node = objectTypeNodes.get(network.objectTypeNode());
            if (node == null || !shapeOf(node).equals(network.shape())) {
                LOG.warn("The rule base differs from the one the build compiled the alpha network {} for: its nodes are walked instead",
                        network.className());
                return;
            }
        }
        for (AlphaNetwork network : alphaNetworks) {
            ObjectTypeNode node = objectTypeNodes.get(network.objectTypeNode());
            try {
                CompiledNetwork compiled = (CompiledNetwork) Class.forName(network.className(), true, loader)
                        .getDeclaredConstructor(ReadAccessor.class, Map.class)
                        .newInstance(hashedField(node, network), new HashMap<String, AlphaRangeIndex>());
                compiled.setStartingObjectTypeNode(node);
            } catch (ReflectiveOperationException e) {
                throw new KnowledgeBaseException("The prebuilt alpha network " + network.className() + " cannot be loaded: " + e);
            }
        }
    }

    private static ReadAccessor hashedField(ObjectTypeNode node, AlphaNetwork network) {
        if (network.hashedAlphaNode() < 0) {
            return null;
        }
        return Arrays.stream(node.getObjectSinkPropagator().getSinks())
                .filter(sink -> sink instanceof AlphaNode alpha && alpha.getId() == network.hashedAlphaNode())
                .map(sink -> ((IndexableConstraint) ((AlphaNode) sink).getConstraint()).getFieldExtractor())
                .findFirst()
                .orElseThrow(() -> new KnowledgeBaseException("No alpha node " + network.hashedAlphaNode() + " under " + node
                        + " for the prebuilt " + network.className()));
    }
}
