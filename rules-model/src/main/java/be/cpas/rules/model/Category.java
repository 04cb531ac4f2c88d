package be.cpas.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three categories of art 14 §1 L. */
@Schema(description = "CATEGORY_1: cohabitant; CATEGORY_2: isolé (lives alone); CATEGORY_3: famille à charge (exclusive charge of a household with at least one unmarried minor child) (art 14 §1 L).")
public enum Category {
    CATEGORY_1,
    CATEGORY_2,
    CATEGORY_3
}
