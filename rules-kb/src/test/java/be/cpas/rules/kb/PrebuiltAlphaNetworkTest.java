package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.drools.ancompiler.CompiledNetwork;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.Test;

/**
 * The build compiled the bundled pack's alpha network and a rule base loaded from the prebuilt model runs those classes
 * for exactly the fact types they were compiled for; that it decides as MVEL does is {@link ExecutableModelEquivalenceTest}.
 */
class PrebuiltAlphaNetworkTest {

    @Test
    void theLoadedRuleBaseRunsTheAlphaNetworkTheBuildCompiled() {
        ClassLoader loader = RulesEngine.class.getClassLoader();
        PrebuiltModel model = PrebuiltModel.read(loader).orElseThrow();
        assertThat(model.alphaNetworks()).as("alpha networks compiled by the build").isNotEmpty();

        InternalRuleBase kieBase = (InternalRuleBase) model.kieBase(loader);
        Set<Integer> compiled = new HashSet<>();
        Set<String> compiledClasses = new HashSet<>();
        for (EntryPointNode entryPoint : kieBase.getRete().getEntryPointNodes().values()) {
            for (ObjectTypeNode node : entryPoint.getObjectTypeNodes().values()) {
                if (node.getObjectSinkPropagator() instanceof CompiledNetwork network) {
                    compiled.add(node.getId());
                    compiledClasses.add(network.getClass().getName());
                }
            }
        }
        assertThat(compiled).containsExactlyInAnyOrderElementsOf(
                model.alphaNetworks().stream().map(PrebuiltModel.AlphaNetwork::objectTypeNode).toList());
        assertThat(compiledClasses).containsExactlyInAnyOrderElementsOf(
                model.alphaNetworks().stream().map(PrebuiltModel.AlphaNetwork::className).toList());
    }

    @Test
    void aRuleBaseShapedOtherwiseThanAtBuildTimeWalksItsNodes() {
        ClassLoader loader = RulesEngine.class.getClassLoader();
        PrebuiltModel built = PrebuiltModel.read(loader).orElseThrow();
        // As if this Drools shared one fact type's nodes otherwise than the build's did.
        List<PrebuiltModel.AlphaNetwork> networks = new ArrayList<>(built.alphaNetworks());
        PrebuiltModel.AlphaNetwork first = networks.get(0);
        networks.set(0, new PrebuiltModel.AlphaNetwork(first.className(), first.objectTypeNode(), first.hashedAlphaNode(),
                first.shape() + "[99 AlphaNode]"));
        PrebuiltModel reshaped = new PrebuiltModel(built.contentHash(), built.models(), built.ruleFiles(), networks);

        assertThat(compiledNodes((InternalRuleBase) reshaped.kieBase(loader))).as("no compiled network attached").isEmpty();
    }

    private static Set<Integer> compiledNodes(InternalRuleBase kieBase) {
        Set<Integer> compiled = new HashSet<>();
        for (EntryPointNode entryPoint : kieBase.getRete().getEntryPointNodes().values()) {
            for (ObjectTypeNode node : entryPoint.getObjectTypeNodes().values()) {
                if (node.getObjectSinkPropagator() instanceof CompiledNetwork) {
                    compiled.add(node.getId());
                }
            }
        }
        return compiled;
    }

    @Test
    void aNodeDescriptionWrittenOverSeveralLinesBecomesOneLineComment() {
        String generated = """
                private A a1; // [AlphaNode(1) constraint=[role == X
                                || role == Y]]
                private B b2; // [JoinNode(2)]
                int x = 1;
                """;
        assertThat(PrebuiltModelGenerator.oneLineComments(generated)).isEqualTo("""
                private A a1; // [AlphaNode(1) constraint=[role == X                 || role == Y]]
                private B b2; // [JoinNode(2)]
                int x = 1;
                """);
    }
}
