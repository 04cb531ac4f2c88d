package be.cpas.rules.api.pages;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.cpas.rules.api.RulesEngineHolder;
import be.cpas.rules.kb.RulesEngine;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.source.KbSource;

/**
 * The files of the knowledge base the active engine was built from (the same cpas.kb.directory as
 * {@link RulesEngineHolder}, else the packaged one), for the explorer's rule files and open questions.
 * The engine does not hand out its KbSource, so the files are read again; {@link #matchesEngine} says
 * whether they are still the ones the engine was built from (a working copy may have been edited since).
 */
@ApplicationScoped
public class ActiveKnowledgeBase {

    @Inject
    RulesEngineHolder holder;

    @ConfigProperty(name = "cpas.kb.directory")
    Optional<String> knowledgeBaseDirectory;

    public Optional<RulesEngine> engine() {
        return holder.engine();
    }

    public KbSource files() {
        return knowledgeBaseDirectory
                .map(directory -> KbSource.fromDirectory(Path.of(directory)))
                .orElseGet(() -> KbSource.fromClasspath(RulesEngine.class.getClassLoader()));
    }

    /**
     * The engine's texts (enum labels for the form); before the engine is built, the same message files
     * read directly, so the form is labelled while the rules compile.
     */
    public Messages messages() {
        return holder.engine().map(RulesEngine::messages).orElseGet(() -> {
            Messages loaded = messagesBeforeEngine;
            if (loaded == null) {
                loaded = Messages.load(files());
                messagesBeforeEngine = loaded;
            }
            return loaded;
        });
    }

    private volatile Messages messagesBeforeEngine;

    static boolean matchesEngine(KbSource files, RulesEngine engine) {
        return files.contentHash().equals(engine.rulesVersion());
    }
}
