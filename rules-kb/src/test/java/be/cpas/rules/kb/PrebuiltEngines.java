package be.cpas.rules.kb;

import be.cpas.rules.kb.source.KbSource;

/** Tests' access to a bundled-pack engine loaded anew from the build's model, not the one shared in the JVM. */
public final class PrebuiltEngines {

    private PrebuiltEngines() {
    }

    /** Loads the build's model of the bundled pack now, as the service does at start. */
    public static RulesEngine loadedNow() {
        ClassLoader loader = RulesEngine.class.getClassLoader();
        KbSource source = KbSource.fromClasspath(loader);
        PrebuiltModel model = PrebuiltModel.matching(source, loader)
                .orElseThrow(() -> new IllegalStateException("no prebuilt model of the bundled pack on the class path"));
        return RulesEngine.fromPrebuilt(source, model, loader);
    }
}
