package be.cpas.rules.api.pages;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import be.cpas.rules.api.Languages;
import io.quarkus.qute.TemplateData;

/**
 * The labels of the web pages in one language, from pages/pages_LANG.properties (French when a key is
 * missing). Texts of the law (reasons, calculation lines, verdicts) come from the engine, not from here.
 */
@TemplateData
public final class PageTexts {

    private static final Map<String, ResourceBundle> BY_LANGUAGE = new HashMap<>();

    static {
        for (String language : Languages.SUPPORTED) {
            BY_LANGUAGE.put(language, load(language));
        }
    }

    private final String language;

    private PageTexts(String language) {
        this.language = language;
    }

    public static PageTexts of(String language) {
        return new PageTexts(Languages.SUPPORTED.contains(language) ? language : Languages.DEFAULT);
    }

    public String language() {
        return language;
    }

    /** The text of a key; the key itself in brackets when no language has it, so a gap shows. */
    public String get(String key) {
        return format(key, List.of());
    }

    public String format(String key, List<?> args) {
        String pattern = text(language, key);
        if (pattern == null) {
            pattern = text(Languages.DEFAULT, key);
        }
        if (pattern == null) {
            return "[" + key + "]";
        }
        return args.isEmpty() ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args.toArray());
    }

    public boolean has(String key) {
        return text(language, key) != null || text(Languages.DEFAULT, key) != null;
    }

    static java.util.Set<String> keys(String language) {
        return BY_LANGUAGE.get(language).keySet();
    }

    private static String text(String language, String key) {
        ResourceBundle bundle = BY_LANGUAGE.get(language);
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    /** pages/pages_LANG.properties (UTF-8), that language only: the French fallback is done key by key above. */
    private static ResourceBundle load(String language) {
        return ResourceBundle.getBundle("pages.pages", Locale.forLanguageTag(language), PageTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
