package be.cpas.rules.api.pages;

import jakarta.ws.rs.core.HttpHeaders;

import be.cpas.rules.api.Languages;

/** The language of a page: the one chosen in the page (?lang= or the form's lang), else Accept-Language, else French. */
final class PageLanguage {

    private PageLanguage() {
    }

    static String choose(String chosen, HttpHeaders headers) {
        if (chosen != null && Languages.SUPPORTED.contains(chosen.strip().toLowerCase(java.util.Locale.ROOT))) {
            return chosen.strip().toLowerCase(java.util.Locale.ROOT);
        }
        return Languages.choose(headers);
    }
}
