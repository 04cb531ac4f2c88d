package be.cpas.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.source.KbSource;

/** German covers every French text of the knowledge base; the HTTP layer's texts exist in the three languages. */
class MessagesCoverageTest {

    @Test
    void germanHasEveryFrenchKeyOfTheKnowledgeBase() {
        Messages messages = Messages.load(KbSource.fromClasspath());
        assertThat(messages.languages()).contains("fr", "nl", "de");
        assertThat(messages.keys("de")).containsAll(messages.keys("fr"));
    }

    @Test
    void problemTextsExistInFrenchDutchAndGerman() {
        assertThat(ApiMessages.keys("nl")).containsExactlyInAnyOrderElementsOf(ApiMessages.keys("fr"));
        assertThat(ApiMessages.keys("de")).containsExactlyInAnyOrderElementsOf(ApiMessages.keys("fr"));
        assertThat(ApiMessages.text("de", "field.size", 30)).isEqualTo("höchstens 30 Elemente");
        assertThat(ApiMessages.text("fr", "field.unknown")).contains("l'orthographe");
    }
}
