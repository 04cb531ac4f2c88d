package be.cpas.rules.kb.facts;

/** How a resource is taken into account; see {@link ResourceTreatment}. */
public enum Treatment {
    /** Never counted (art 22 §1 AR). */
    NOT_COUNTED,
    /** Counted in full. */
    COUNTED,
    /** Counted, then the art 35 exemption of its kind is deducted ({@link Art35Exemption}). */
    ART35_ELIGIBLE
}
