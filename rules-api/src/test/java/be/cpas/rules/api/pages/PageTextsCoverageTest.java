package be.cpas.rules.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every page label exists in French, Dutch and German: a page never mixes languages. */
class PageTextsCoverageTest {

    @Test
    void dutchAndGermanHaveEveryFrenchKeyAndNoOther() {
        assertThat(PageTexts.keys("nl")).containsExactlyInAnyOrderElementsOf(PageTexts.keys("fr"));
        assertThat(PageTexts.keys("de")).containsExactlyInAnyOrderElementsOf(PageTexts.keys("fr"));
    }

    @Test
    void anUnknownKeyShowsInBracketsInsteadOfDisappearing() {
        assertThat(PageTexts.of("nl").get("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(PageTexts.of("nl").get("decision.title")).isEqualTo("Beslissing");
    }
}
