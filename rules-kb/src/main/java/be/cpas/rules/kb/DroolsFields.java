package be.cpas.rules.kb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The private fields of Drools that the engine's session tuning writes ({@link SegmentListReset},
 * {@link IdentityFactStore}): found when those classes load, so that a Drools upgrade that renames one fails every
 * decision at once, never silently.
 */
final class DroolsFields {

    private DroolsFields() {
    }

    static VarHandle field(Class<?> owner, String name, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findVarHandle(owner, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Drools has no field " + owner.getName() + "." + name + " any more", e);
        }
    }
}
