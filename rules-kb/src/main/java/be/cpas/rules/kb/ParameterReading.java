package be.cpas.rules.kb;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import be.cpas.rules.kb.parameters.ParameterCatalogue;
import be.cpas.rules.kb.parameters.ParameterValue;
import be.cpas.rules.kb.parameters.ParametersInForce;
import be.cpas.rules.kb.parameters.ResolvedParameters;

/** How a pack's rules read the parameters in force, which is how a session is given them. */
enum ParameterReading {

    /**
     * From the session global {@value #GLOBAL_NAME}: {@code ParameterValue( $x : value ) from parameters.named("x.y")}.
     * A parameter costs nothing until a rule whose other conditions hold asks for it.
     */
    GLOBAL,

    /**
     * As one {@code ParameterValue( name == "x.y" )} fact per parameter: packs written before the global, which
     * stored packs and replays of their decisions still need.
     */
    FACTS;

    static final String GLOBAL_NAME = "parameters";

    /** GLOBAL when the rules declare the global, else FACTS. */
    static ParameterReading of(KieBase kieBase) {
        boolean declared = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals(GLOBAL_NAME) && g.getType().equals(ParametersInForce.class.getName()));
        return declared ? GLOBAL : FACTS;
    }

    /** Gives the session the values in force at the dossier's date. */
    void give(KieSession session, ParameterCatalogue catalogue, ResolvedParameters inForce) {
        if (this == GLOBAL) {
            session.setGlobal(GLOBAL_NAME, catalogue.inForceAt(inForce.date()));
        } else {
            for (ParameterValue value : inForce.values().values()) {
                session.insert(value);
            }
        }
    }

    /** Gives a session that decides no dossier no parameter at all. */
    void giveNone(KieSession session) {
        if (this == GLOBAL) {
            session.setGlobal(GLOBAL_NAME, ParametersInForce.NONE);
        }
    }
}
