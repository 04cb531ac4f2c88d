package be.cpas.rules.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

/** The language of the answer, from Accept-Language: French, Dutch or German; French by default. */
public final class Languages {

    public static final String DEFAULT = "fr";
    public static final List<String> SUPPORTED = List.of("fr", "nl", "de");

    private Languages() {
    }

    public static String choose(HttpHeaders headers) {
        return choose(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The first supported language in the caller's order of preference (q-values), else French. */
    public static String choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String language = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (SUPPORTED.contains(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return DEFAULT;
        }
        return DEFAULT;
    }
}
