package be.cpas.rules.kb;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.drools.core.common.Memory;
import org.drools.core.common.MemoryFactory;
import org.drools.core.common.NodeMemories;
import org.drools.core.reteoo.SegmentMemory;
import org.drools.core.reteoo.SegmentMemory.SegmentPrototype;
import org.drools.core.reteoo.SegmentPrototypeRegistry;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;

/**
 * A pooled session's node memories, reset as Drools 10.2's {@code ConcurrentNodeMemories.resetAllMemories} does, but
 * without rebuilding a {@link HashSet} of the segments on every reset.
 *
 * <p>Why: a session is reset after each decision, and Drools gathers the segments of the rule base's ~790 node
 * memories into a new hash set each time (hashing each segment through two interface calls): about 6 % of a batch's
 * CPU. The segments do not change from one reset to the next once the session has met the rules, so this keeps the
 * set Drools would build, in the order it would iterate it, and checks on each reset that every memory still points
 * to the same segment; if any does not, the set is built again exactly as Drools builds it.
 *
 * <p>Everything else is Drools' own: the memories stay in the session's {@code ConcurrentNodeMemories}, which the
 * network evaluator still uses; this only stands in for it in the session's field that {@code reset()} reads.
 */
final class SegmentListReset implements NodeMemories {

    private static final VarHandle NODE_MEMORIES = DroolsFields.field(StatefulKnowledgeSessionImpl.class, "nodeMemories",
            NodeMemories.class);

    private final NodeMemories memories;
    private final SegmentPrototypeRegistry prototypes;
    /** What each memory pointed to at the last reset: the memory and its segment. */
    private Memory[] memoryAt = new Memory[0];
    private SegmentMemory[] segmentAt = new SegmentMemory[0];
    /** The distinct segments at the last reset, in the order Drools' hash set iterates them, with their prototypes. */
    private SegmentMemory[] segments = new SegmentMemory[0];
    private SegmentPrototype[] segmentPrototypes = new SegmentPrototype[0];

    private SegmentListReset(NodeMemories memories, SegmentPrototypeRegistry prototypes) {
        this.memories = memories;
        this.prototypes = prototypes;
    }

    /** Makes the session reset this way, once: a session that already does is left as it is. */
    static void installOn(KieSession session) {
        StatefulKnowledgeSessionImpl impl = (StatefulKnowledgeSessionImpl) session;
        NodeMemories current = (NodeMemories) NODE_MEMORIES.get(impl);
        if (!(current instanceof SegmentListReset)) {
            NODE_MEMORIES.set(impl, new SegmentListReset(current, impl.getKnowledgeBase().getSegmentPrototypeRegistry()));
        }
    }

    @Override
    public void resetAllMemories() {
        int length = memories.length();
        boolean unchanged = memoryAt.length == length;
        for (int i = 0; i < length; i++) {
            Memory memory = memories.peekNodeMemory(i);
            if (memory != null) {
                memory.reset();
            }
            if (unchanged && (memory != memoryAt[i] || (memory != null && memory.getSegmentMemory() != segmentAt[i]))) {
                unchanged = false;
            }
        }
        if (!unchanged) {
            rememberSegments(length);
        }
        for (int i = 0; i < segments.length; i++) {
            SegmentMemory segment = segments[i];
            segment.reset(segmentPrototypes[i]);
            if (segment.isSegmentLinked()) {
                segment.notifyRuleLinkSegment();
            }
        }
    }

    /** Gathers the segments as Drools does, into a hash set, and keeps them in its iteration order. */
    private void rememberSegments(int length) {
        memoryAt = new Memory[length];
        segmentAt = new SegmentMemory[length];
        HashSet<SegmentMemory> gathered = new HashSet<>();
        for (int i = 0; i < length; i++) {
            Memory memory = memories.peekNodeMemory(i);
            memoryAt[i] = memory;
            if (memory != null) {
                segmentAt[i] = memory.getSegmentMemory();
                gathered.add(segmentAt[i]);
            }
        }
        List<SegmentMemory> inOrder = new ArrayList<>(gathered);
        inOrder.remove(null);
        segments = inOrder.toArray(SegmentMemory[]::new);
        segmentPrototypes = new SegmentPrototype[segments.length];
        for (int i = 0; i < segments.length; i++) {
            segmentPrototypes[i] = prototypes.getSegmentPrototype(segments[i]);
        }
    }

    @Override
    public <T extends Memory> T getNodeMemory(MemoryFactory<T> node) {
        return memories.getNodeMemory(node);
    }

    @Override
    public void clearNodeMemory(MemoryFactory node) {
        memories.clearNodeMemory(node);
    }

    @Override
    public void clear() {
        memories.clear();
        memoryAt = new Memory[0];
    }

    @Override
    public Memory peekNodeMemory(int memoryId) {
        return memories.peekNodeMemory(memoryId);
    }

    @Override
    public int length() {
        return memories.length();
    }
}
