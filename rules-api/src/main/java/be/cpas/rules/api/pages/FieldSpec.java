package be.cpas.rules.api.pages;

import java.util.Arrays;
import java.util.List;

/**
 * One input of the simulator form. {@code path} is relative to its row (a household member, a resource)
 * or to the dossier, and is also the field's name in the dossier's JSON. A choice's options are labelled
 * by the key {@code choicePrefix.VALUE} (the engine's convention for enum texts, e.g. resourceType.WAGES).
 */
record FieldSpec(String path, FieldKind kind, String choicePrefix, List<String> choices, boolean required) {

    static FieldSpec date(String path) {
        return new FieldSpec(path, FieldKind.DATE, null, List.of(), false);
    }

    static FieldSpec integer(String path) {
        return new FieldSpec(path, FieldKind.INTEGER, null, List.of(), false);
    }

    static FieldSpec decimal(String path) {
        return new FieldSpec(path, FieldKind.DECIMAL, null, List.of(), false);
    }

    static FieldSpec text(String path) {
        return new FieldSpec(path, FieldKind.TEXT, null, List.of(), false);
    }

    static FieldSpec yesNo(String path) {
        return new FieldSpec(path, FieldKind.BOOLEAN, "yesNo", List.of("true", "false"), false);
    }

    static FieldSpec choice(String path, Class<? extends Enum<?>> type) {
        String name = type.getSimpleName();
        return new FieldSpec(path, FieldKind.CHOICE, Character.toLowerCase(name.charAt(0)) + name.substring(1),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), false);
    }

    FieldSpec asRequired() {
        return new FieldSpec(path, kind, choicePrefix, choices, true);
    }
}
