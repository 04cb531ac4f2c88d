package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.drools.core.common.ClassAwareObjectStore;
import org.drools.core.common.IdentityObjectStore;
import org.drools.core.common.ObjectStore;
import org.drools.kiesession.entrypoints.NamedEntryPoint;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The engine's pooled sessions keep their facts in Drools' identity store ({@link IdentityFactStore}). What the
 * decisions rely on: every fact stays readable, also one no rule reads (an immutable rule base would drop it), a reset
 * empties the store, and a rule base comparing facts by equality keeps its own store. That decisions do not depend on
 * the dossier decided before is {@link SessionResetTest}'s.
 */
class IdentityFactStoreTest {

    private static final String RULES = """
            package probe;
            rule "a concluded fact that no rule reads"
            when
                $word : String()
            then
                insertLogical(Integer.valueOf($word.length()));
            end
            """;

    @Test
    void aPooledSessionKeepsEveryFactInTheIdentityStoreAndIsEmptyAfterItsReset() {
        KieSessionsPool pool = kieBase(false).newKieSessionsPool(1);
        KieSession session = pool.newKieSession();
        IdentityFactStore.installOn(session);
        assertThat(store(session)).isInstanceOf(IdentityObjectStore.class);

        session.insert("four");
        session.fireAllRules();
        assertThat(List.<Object>copyOf(session.getObjects(new ClassObjectFilter(Integer.class)))).containsExactly(4);
        assertThat(List.<Object>copyOf(session.getObjects())).containsExactlyInAnyOrder("four", 4);
        session.dispose();

        KieSession again = pool.newKieSession();
        assertThat(again).isSameAs(session);
        assertThat(again.getObjects()).isEmpty();
        IdentityFactStore.installOn(again);
        assertThat(store(again)).isSameAs(store(session));
        again.insert("seven");
        again.fireAllRules();
        assertThat(List.<Object>copyOf(again.getObjects())).containsExactlyInAnyOrder("seven", 5);
        again.dispose();
    }

    @Test
    void aSessionHoldingFactsKeepsItsStore() {
        KieSession session = kieBase(false).newKieSession();
        session.insert("four");
        assertThatThrownBy(() -> IdentityFactStore.installOn(session)).isInstanceOf(IllegalStateException.class);
        session.dispose();
    }

    @Test
    void aRuleBaseComparingFactsByEqualityKeepsItsStore() {
        KieSession session = kieBase(true).newKieSession();
        IdentityFactStore.installOn(session);
        assertThat(store(session)).isInstanceOf(ClassAwareObjectStore.class);
        session.insert(new String("four"));
        session.insert(new String("four"));
        assertThat(List.copyOf(session.getObjects())).hasSize(1);
        session.dispose();
    }

    private static ObjectStore store(KieSession session) {
        return ((NamedEntryPoint) session.getEntryPoint("DEFAULT")).getObjectStore();
    }

    private static KieBase kieBase(boolean equality) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("be.cpas.rules", "store-probe-" + equality, "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/probe/probe.drl", RULES);
        KieBuilder builder = services.newKieBuilder(files, IdentityFactStoreTest.class.getClassLoader()).buildAll();
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setOption(equality ? EqualityBehaviorOption.EQUALITY : EqualityBehaviorOption.IDENTITY);
        return services.newKieContainer(releaseId, IdentityFactStoreTest.class.getClassLoader()).newKieBase(configuration);
    }
}
