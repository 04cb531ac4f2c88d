package be.cpas.rules.api;

import be.cpas.rules.kb.RulesEngine;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged service's entry point: the bundled pack starts loading on its own thread before Quarkus boots, so that
 * both proceed at once; {@link RulesEngineHolder} then takes the loaded engine (docs/performance.md, "Ready after start").
 */
@QuarkusMain
public class ServiceMain {

    public static void main(String... args) {
        RulesEngine.preloadBundledPack();
        Quarkus.run(args);
    }
}
