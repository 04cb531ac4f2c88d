package be.cpas.rules.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 */
record PrebuiltModel(String contentHash, List<String> models, Map<String, String> ruleFiles) {

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

    /** The rule base from the generated classes: no DRL is parsed or compiled. */
    KieBase kieBase(ClassLoader loader) {
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
}
