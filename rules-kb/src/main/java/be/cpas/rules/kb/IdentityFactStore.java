package be.cpas.rules.kb;

import java.lang.invoke.VarHandle;

import org.drools.core.RuleBaseConfiguration;
import org.drools.core.common.ClassAwareObjectStore;
import org.drools.core.common.IdentityObjectStore;
import org.drools.core.common.ObjectStore;
import org.drools.kiesession.entrypoints.NamedEntryPoint;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;

/**
 * A pooled session's facts kept in Drools' plain identity store instead of its class-aware one.
 *
 * <p>Why: a rule base that may still change at run time (Drools' default) keeps the facts in a
 * {@link ClassAwareObjectStore}, one store per class with the stores of its supertypes, so that rules added later can
 * be given the facts already there. A reset empties that structure, and each decision builds it again, class by class,
 * each new class compared with every store already there: about 8 % of a decision's CPU. The engine never adds a rule
 * to a rule base that is deciding (a new pack is a new rule base), so the identity store, which Drools uses itself
 * when the rule base is immutable, serves. The rule base is not made immutable: Drools then drops from the store every
 * fact no rule reads, and the decision reads its conclusions from the store.
 */
final class IdentityFactStore {

    private static final VarHandle OBJECT_STORE = DroolsFields.field(NamedEntryPoint.class, "objectStore",
            ObjectStore.class);

    private IdentityFactStore() {
    }

    /**
     * Gives each entry point of an empty session an identity store, once: a session that has one is left as it is, and
     * so is a rule base that compares facts by equality (its store is the equality map).
     */
    static void installOn(KieSession session) {
        if (((StatefulKnowledgeSessionImpl) session).getKnowledgeBase().getRuleBaseConfiguration().getAssertBehaviour()
                != RuleBaseConfiguration.AssertBehaviour.IDENTITY) {
            return;
        }
        for (EntryPoint entryPoint : session.getEntryPoints()) {
            NamedEntryPoint named = (NamedEntryPoint) entryPoint;
            ObjectStore current = named.getObjectStore();
            if (current instanceof ClassAwareObjectStore) {
                if (!current.isEmpty()) {
                    throw new IllegalStateException("A session's fact store is replaced only while it is empty");
                }
                OBJECT_STORE.set(named, new IdentityObjectStore());
            }
        }
    }
}
