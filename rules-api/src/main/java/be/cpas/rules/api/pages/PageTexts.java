package be.cpas.rules.api.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import be.cpas.rules.api.Languages;
import io.quarkus.qute.TemplateData;

/**
 * The labels of the web pages in one language, from pages/pages_LANG.properties (French when a key is
 * missing). Texts of the law (reasons, calculation lines, verdicts) come from the engine, not from here.
 */
@TemplateData
public final class PageTexts {

    private static final Map<String, Properties> BY_LANGUAGE = new HashMap<>();

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
        String pattern = BY_LANGUAGE.get(language).getProperty(key);
        if (pattern == null) {
            pattern = BY_LANGUAGE.get(Languages.DEFAULT).getProperty(key);
        }
        if (pattern == null) {
            return "[" + key + "]";
        }
        return args.isEmpty() ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args.toArray());
    }

    public boolean has(String key) {
        return BY_LANGUAGE.get(language).getProperty(key) != null || BY_LANGUAGE.get(Languages.DEFAULT).getProperty(key) != null;
    }

    static java.util.Set<String> keys(String language) {
        return BY_LANGUAGE.get(language).stringPropertyNames();
    }

    private static Properties load(String language) {
        String name = "pages/pages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = PageTexts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
