package be.cpas.rules.kb;

import be.cpas.rules.model.ConditionResult;
import be.cpas.rules.model.Decision;
import be.cpas.rules.model.Reason;

/** One engine for all tests (building the KieBase takes a second), and small readers of a decision. */
public final class EngineFixture {

    public static final RulesEngine ENGINE = RulesEngine.fromClasspath();

    private EngineFixture() {
    }

    public static Decision decide(TestDossiers dossier) {
        return ENGINE.decide(dossier.build());
    }

    public static ConditionResult condition(Decision decision, String id) {
        return decision.conditions().stream().filter(c -> id.equals(c.condition())).findFirst().orElseThrow();
    }

    /** The reason codes of one condition, in the decision's order. */
    public static java.util.List<String> reasonCodes(Decision decision, String id) {
        return condition(decision, id).reasons().stream().map(Reason::code).toList();
    }
}
