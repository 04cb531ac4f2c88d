package be.cpas.rules.kb.support;

import java.util.ArrayList;
import java.util.List;

import be.cpas.rules.model.Category;

/** Names of the dated parameters that depend on a category (imported as DRL functions). */
public final class Categories {
    private Categories() {
    }

    /** CATEGORY_1 → 1. */
    public static int number(Category category) {
        return category.ordinal() + 1;
    }

    /** The yearly RIS amount of the category: {@code ris.amount.category_N}. */
    public static String amountParameter(Category category) {
        return "ris.amount.category_" + number(category);
    }

    /** The general exemption of the category: {@code exemption.general.category_N}. */
    public static String generalExemptionParameter(Category category) {
        return "exemption.general.category_" + number(category);
    }

    /** The amount and general exemption parameters of a category and, with shared custody, of the other half. */
    public static List<String> parametersOf(Category category, Category halfWith) {
        List<String> names = new ArrayList<>(List.of(amountParameter(category), generalExemptionParameter(category)));
        if (halfWith != null) {
            names.add(amountParameter(halfWith));
            names.add(generalExemptionParameter(halfWith));
        }
        return names;
    }
}
