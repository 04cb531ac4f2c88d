package be.cpas.rules.kb.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.EngineFixture;
import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;

/**
 * Every text a person reads, in every language: no internal document, no JSON path, no raw boolean; and every
 * dossier path a rule can report is named in words in French, Dutch and German.
 */
class PersonTextsTest {

    private static final Messages MESSAGES = EngineFixture.ENGINE.messages();
    private static final Pattern INTERNAL_DOCUMENT = Pattern.compile("(?i)FACTS|\\.md\\b|\\bseed\\b|OPEN_QUESTIONS|README");
    private static final Pattern JSON_PATH = Pattern.compile("\\w\\[\\d*]|\\b[a-z]+[A-Z]\\w*\\.[a-z]\\w*");
    private static final Pattern RAW_BOOLEAN = Pattern.compile("\\b(true|false|null)\\b");
    /** A dossier path written in a rule: a literal ("applicant.birthDate") or a suffix added to a list element's path. */
    private static final Pattern LITERAL_PATH = Pattern.compile("\"([a-zA-Z]+(?:\\.[a-zA-Z_]+)*)\"");
    private static final Pattern SUFFIX = Pattern.compile("\\+\\s*\"\\.([a-zA-Z]+)\"");

    @Test
    void noTextMentionsAnInternalDocumentAJsonPathOrARawBoolean() {
        for (String language : MESSAGES.languages()) {
            for (String key : MESSAGES.keys(language)) {
                String text = MESSAGES.text(language, key, java.util.List.of());
                assertThat(text).as("%s %s", language, key)
                        .doesNotContainPattern(INTERNAL_DOCUMENT)
                        .doesNotContainPattern(JSON_PATH)
                        .doesNotContainPattern(RAW_BOOLEAN);
            }
        }
    }

    @Test
    void everyDossierPathARuleCanReportIsNamedInEveryLanguage() {
        Set<String> keys = new TreeSet<>();
        for (KbFile drl : KbSource.fromClasspath().files("rules/", ".drl")) {
            Matcher literal = LITERAL_PATH.matcher(drl.content());
            while (literal.find()) {
                if (Messages.isDossierPath(literal.group(1)) && !literal.group(1).startsWith("capital.movable.")
                        && !literal.group(1).startsWith("residence.abroad.")) {
                    keys.add(Messages.factKey(literal.group(1)));
                }
            }
            Matcher suffix = SUFFIX.matcher(drl.content());
            while (suffix.find()) {
                String field = suffix.group(1);
                // A suffix is added to a household member's, a resource's or a maintenance payment's path: one of them must name it.
                assertThat(Set.of("household", "resources", "household.resources", "maintenancePaid"))
                        .as("%s: .%s", drl.path(), field)
                        .anyMatch(list -> MESSAGES.has("fr", "fact." + list + "." + field));
                for (String list : Set.of("household", "resources", "household.resources", "maintenancePaid")) {
                    if (MESSAGES.has("fr", "fact." + list + "." + field)) {
                        keys.add("fact." + list + "." + field);
                    }
                }
            }
        }
        assertThat(keys).contains("fact.applicant.birthDate", "fact.household.relation", "fact.resources.startedWhileOnRis");
        for (String key : keys) {
            for (String language : new String[] {"fr", "nl", "de"}) {
                assertThat(MESSAGES.has(language, key)).as("%s in %s", key, language).isTrue();
            }
        }
    }

    @Test
    void everyFactTextExistsInEveryLanguage() {
        for (String key : MESSAGES.keys("fr")) {
            if (key.startsWith("fact.")) {
                assertThat(MESSAGES.has("nl", key) && MESSAGES.has("de", key)).as(key).isTrue();
            }
        }
    }

    @Test
    void anIndexedPathSaysWhichPerson() {
        assertThat(MESSAGES.factName("fr", "household[2].birthDate")).isEqualTo("la date de naissance du membre du ménage n° 3");
        assertThat(MESSAGES.factName("nl", "household[0].resources[1]")).isEqualTo("bestaansmiddel nr. 2 van gezinslid nr. 1");
        assertThat(MESSAGES.factName("de", "resources[0].startedWhileOnRis")).contains("Existenzmittel Nr. 1 des Antragstellers");
        assertThat(Messages.factKey("household[0]")).isEqualTo("fact.household.entry");
        assertThat(Messages.factKey("household")).isEqualTo("fact.household");
    }
}
