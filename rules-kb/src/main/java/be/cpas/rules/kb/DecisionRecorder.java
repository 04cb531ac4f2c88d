package be.cpas.rules.kb;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

import be.cpas.rules.kb.parameters.ParameterValue;

/**
 * Records, while the rules run, which rule concluded each fact and what that rule's match read, so that the
 * provenance of a decision (the parameters it used, the rules behind each line) is collected by the engine and
 * no rule has to list what it reads. Facts a rule only tests with {@code not}, {@code exists} or folds into an
 * {@code accumulate} are not part of its match and are not recorded. One recorder per decision; not thread-safe.
 */
final class DecisionRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** A rule that fired, the facts its match read, and the facts it inserted. */
    record Firing(Rule rule, List<Object> read, List<Object> concluded) {
    }

    private final boolean keepEveryFiring;
    private final List<Firing> firings = new ArrayList<>();
    private final Map<Object, Firing> concludedBy = new IdentityHashMap<>();
    private final Set<Object> withdrawn = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private org.kie.api.runtime.rule.Match current;
    private Firing currentFiring;

    /** @param keepEveryFiring also keep the rules that concluded nothing new, for the trace */
    DecisionRecorder(boolean keepEveryFiring) {
        this.keepEveryFiring = keepEveryFiring;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
        currentFiring = keepEveryFiring ? firing() : null;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
        currentFiring = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null && event.getRule() != null) {
            if (currentFiring == null) {
                currentFiring = firing();
            }
            currentFiring.concluded().add(event.getObject());
            concludedBy.put(event.getObject(), currentFiring);
        }
    }

    private Firing firing() {
        List<Object> read = new ArrayList<>();
        for (Object fact : current.getObjects()) {
            // Drools' own initial fact stands in the match of a rule that starts with "not" or has no condition.
            if (fact != null && !fact.getClass().getName().startsWith("org.drools.")) {
                read.add(fact);
            }
        }
        Firing firing = new Firing(current.getRule(), read, new ArrayList<>());
        firings.add(firing);
        return firing;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // The rules never modify a fact.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A withdrawn conclusion is no longer in the session, so no decision reads it; the trace says so.
        if (keepEveryFiring) {
            withdrawn.add(event.getOldObject());
        }
    }

    /** Whether a later firing withdrew this concluded fact (only known when every firing is kept). */
    boolean wasWithdrawn(Object fact) {
        return withdrawn.contains(fact);
    }

    /** Every firing kept, in order: all of them for a trace, else those that concluded a fact. */
    List<Firing> firings() {
        return firings;
    }

    /** The firing that concluded this fact; null for a fact from the dossier or a parameter. */
    Firing concluding(Object fact) {
        return concludedBy.get(fact);
    }

    /** The parameters read by the rule that concluded the fact, and by the rules that concluded the facts it read. */
    Set<String> parametersBehind(Object fact) {
        Set<String> names = new LinkedHashSet<>();
        Firing firing = concludedBy.get(fact);
        if (firing != null) {
            for (Object read : firing.read()) {
                if (read instanceof ParameterValue parameter) {
                    names.add(parameter.name());
                } else {
                    directParameters(concludedBy.get(read), names);
                }
            }
        }
        return names;
    }

    /** Every parameter the facts depend on: read by the rules that concluded them, and so on back to the dossier. */
    Set<String> allParametersBehind(Iterable<?> facts) {
        Set<String> names = new LinkedHashSet<>();
        Set<Firing> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Firing> toVisit = new ArrayList<>();
        for (Object fact : facts) {
            addIfNew(concludedBy.get(fact), seen, toVisit);
        }
        while (!toVisit.isEmpty()) {
            Firing firing = toVisit.remove(toVisit.size() - 1);
            for (Object read : firing.read()) {
                if (read instanceof ParameterValue parameter) {
                    names.add(parameter.name());
                } else {
                    addIfNew(concludedBy.get(read), seen, toVisit);
                }
            }
        }
        return names;
    }

    private static void addIfNew(Firing firing, Set<Firing> seen, List<Firing> toVisit) {
        if (firing != null && seen.add(firing)) {
            toVisit.add(firing);
        }
    }

    private static void directParameters(Firing firing, Set<String> names) {
        if (firing != null) {
            firing.read().stream().filter(ParameterValue.class::isInstance)
                    .forEach(p -> names.add(((ParameterValue) p).name()));
        }
    }
}
