package be.cpas.rules.api;

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

/**
 * The texts of the HTTP layer (problem titles and details, field messages) in French, Dutch and German,
 * from problems/problems_LANG.properties. Kept apart from the knowledge base's messages: they are not
 * part of the rules and do not change the rules version. A key missing in a language is given in French.
 */
public final class ApiMessages {

    private static final Map<String, Properties> BY_LANGUAGE = new HashMap<>();

    static {
        for (String language : Languages.SUPPORTED) {
            BY_LANGUAGE.put(language, load(language));
        }
    }

    private ApiMessages() {
    }

    public static String text(String language, String key, List<?> args) {
        String pattern = BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(Languages.DEFAULT)).getProperty(key);
        if (pattern == null) {
            pattern = BY_LANGUAGE.get(Languages.DEFAULT).getProperty(key, key);
        }
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args.toArray());
    }

    public static String text(String language, String key, Object... args) {
        return text(language, key, List.of(args));
    }

    static java.util.Set<String> keys(String language) {
        return BY_LANGUAGE.get(language).stringPropertyNames();
    }

    private static Properties load(String language) {
        String name = "problems/problems_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ApiMessages.class.getClassLoader().getResourceAsStream(name)) {
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
