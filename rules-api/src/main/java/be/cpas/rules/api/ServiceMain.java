package be.cpas.rules.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import be.cpas.rules.kb.RulesEngine;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged service's entry point: the bundled pack starts loading on its own thread while Quarkus boots, so that
 * both proceed at once; {@link RulesEngineHolder} then takes the engine already loaded (docs/performance.md, "Ready
 * after start"). Not with a working copy of the rules ({@code CPAS_KB_DIRECTORY}): the bundled pack would not answer.
 */
@QuarkusMain
public class ServiceMain {

    /** Drools and KIE remember at class loading whether their loggers trace; Quarkus' logging is not set up yet here. */
    private static final Logger[] RULE_ENGINE_LOGGERS = {Logger.getLogger("org.drools"), Logger.getLogger("org.kie")};

    public static void main(String... args) throws InterruptedException {
        if (System.getenv("CPAS_KB_DIRECTORY") == null && System.getProperty("cpas.kb.directory") == null) {
            for (Logger logger : RULE_ENGINE_LOGGERS) {
                logger.setLevel(Level.INFO);
            }
            Thread preload = new Thread(ServiceMain::preloadBundledPack, "rules-pack-preload");
            preload.setDaemon(true);
            preload.start();
            if (ApplicationLifecycleManager.isAppCDSGeneration()) {
                preload.join();  // the class data archive the package step writes then always holds the compiled rules
            }
        }
        Quarkus.run(args);
    }

    private static void preloadBundledPack() {
        try {
            RulesEngine.fromClasspath();
        } catch (RuntimeException | LinkageError e) {
            // The holder loads the pack again at startup and reports why it cannot.
        }
    }
}
