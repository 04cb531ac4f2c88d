package be.cpas.rules.kb;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.cpas.rules.kb.facts.ReasonFact;
import be.cpas.rules.kb.parameters.ParameterValue;
import be.cpas.rules.model.Dossier;
import be.cpas.rules.model.LegalReference;
import be.cpas.rules.model.ParameterUse;
import be.cpas.rules.model.TraceStep;
import be.cpas.rules.model.TracedFact;

/** Writes the firings a {@link DecisionRecorder} kept as the trace of a decision. */
final class TraceWriter {

    private static final String FACTS_PACKAGE = ReasonFact.class.getPackageName();

    private TraceWriter() {
    }

    /** @param ruleFiles the DRL file of each rule, by rule name */
    static List<TraceStep> trace(DecisionRecorder recorder, Map<String, String> ruleFiles) {
        List<TraceStep> steps = new ArrayList<>();
        for (DecisionRecorder.Firing firing : recorder.firings()) {
            List<ParameterUse> parameters = firing.read().stream()
                    .filter(ParameterValue.class::isInstance)
                    .map(p -> ((ParameterValue) p).toUse())
                    .toList();
            List<TracedFact> read = firing.read().stream()
                    .filter(f -> !(f instanceof ParameterValue))
                    .map(fact -> traced(fact, null))
                    .toList();
            steps.add(new TraceStep(steps.size() + 1, ruleFiles.get(firing.rule().getName()), firing.rule().getName(),
                    references(firing.concluded()), parameters, read, firing.concluded().stream().map(fact -> traced(fact, !recorder.wasWithdrawn(fact))).toList()));
        }
        return steps;
    }

    private static TracedFact traced(Object fact, Boolean held) {
        // The dossier is the request itself: naming it is enough.
        return new TracedFact(fact.getClass().getSimpleName(), fact instanceof Dossier ? null : fact, held);
    }

    /** The provisions the conclusions cite: their legal reference, and those of the reasons they carry. */
    private static List<LegalReference> references(List<Object> concluded) {
        Set<LegalReference> references = new LinkedHashSet<>();
        for (Object fact : concluded) {
            collectReferences(fact, references);
        }
        return List.copyOf(references);
    }

    private static void collectReferences(Object value, Set<LegalReference> references) {
        if (value instanceof LegalReference reference) {
            references.add(reference);
        } else if (value instanceof Iterable<?> values) {
            values.forEach(v -> collectReferences(v, references));
        } else if (value != null && value.getClass().isRecord() && value.getClass().getPackageName().equals(FACTS_PACKAGE)) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.getType() == LegalReference.class || Iterable.class.isAssignableFrom(component.getType())) {
                    try {
                        collectReferences(component.getAccessor().invoke(value), references);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
