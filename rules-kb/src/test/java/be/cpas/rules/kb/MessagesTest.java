package be.cpas.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.i18n.Messages;
import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;

/** Every code a rule can give has a French and a Dutch text. */
class MessagesTest {

    private static final Messages MESSAGES = EngineFixture.ENGINE.messages();

    @Test
    void frenchAndDutchHaveTheSameKeys() {
        assertThat(MESSAGES.keys("nl")).containsExactlyInAnyOrderElementsOf(MESSAGES.keys("fr"));
    }

    @Test
    void everyLiteralReasonCodeInTheRulesHasAText() {
        Pattern literalCode = Pattern.compile("(?:met|notMet|toVerify)\\([^,]+,\\s*\"([A-Z0-9_]+)\"\\s*,");
        for (KbFile drl : KbSource.fromClasspath().files("rules/", ".drl")) {
            Matcher matcher = literalCode.matcher(drl.content());
            while (matcher.find()) {
                for (String language : new String[] {"fr", "nl"}) {
                    assertThat(MESSAGES.has(language, "reason." + matcher.group(1)))
                            .as("%s: reason.%s in %s", drl.path(), matcher.group(1), language).isTrue();
                }
            }
        }
    }

    @Test
    void aMissingTextIsShownAsItsKeyNeverHidden() {
        assertThat(MESSAGES.text("fr", "reason.NO_SUCH_CODE", java.util.List.of())).isEqualTo("[reason.NO_SUCH_CODE]");
    }

    @Test
    void frenchDeIsElidedBeforeAVowelOnlyAsAWord() {
        Messages messages = Messages.load(KbSource.of("test", java.util.List.of(new KbFile("messages/messages_fr.properties",
                "a=CPAS de {0}\nb=Aide {0}, mode {1}\nc=de {0} et de {1}, pas de {2}\nd=Élude {0}\ne=de {5}\n"))));
        assertThat(messages.text("fr", "a", java.util.List.of("Ottignies"))).isEqualTo("CPAS d'Ottignies");
        assertThat(messages.text("fr", "a", java.util.List.of("Écaussinnes"))).isEqualTo("CPAS d'Écaussinnes");
        // An aspirated h is left alone, as is a consonant.
        assertThat(messages.text("fr", "a", java.util.List.of("Huy"))).isEqualTo("CPAS de Huy");
        assertThat(messages.text("fr", "a", java.util.List.of("Namur"))).isEqualTo("CPAS de Namur");
        // "de" ending another word (Aide, mode, Élude) is not the preposition.
        assertThat(messages.text("fr", "b", java.util.List.of("urgente", "avance"))).isEqualTo("Aide urgente, mode avance");
        assertThat(messages.text("fr", "d", java.util.List.of("Anvers"))).isEqualTo("Élude Anvers");
        assertThat(messages.text("fr", "c", java.util.List.of("Anvers", "Bruges", "Ath"))).isEqualTo("d'Anvers et de Bruges, pas d'Ath");
        // A placeholder with no argument stays as MessageFormat leaves it.
        assertThat(messages.text("fr", "e", java.util.List.of("Anvers"))).isEqualTo("de {5}");
    }

    @Test
    void amountsAreWrittenTheBelgianWay() {
        assertThat(Messages.euro(new java.math.BigDecimal("10513.6"), "fr")).isEqualTo("10\u00a0513,60");
        assertThat(Messages.euro(new java.math.BigDecimal("10513.6"), "nl")).isEqualTo("10.513,60");
    }

    @Test
    void textsFormattedOnManyThreadsAtOnceAreThoseOfOneThread() throws Exception {
        // The parsed patterns and the amount formats are cached: each thread must still get its own copy.
        java.util.List<java.util.List<Object>> arguments = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            arguments.add(java.util.List.of(new java.math.BigDecimal(i * 1234 + ".5"), java.time.LocalDate.of(2000 + i % 26, 1 + i % 12, 1)));
        }
        String[] languages = {"fr", "nl", "de"};
        java.util.function.IntFunction<String> texts = i -> {
            java.util.List<Object> args = arguments.get(i % arguments.size());
            String language = languages[i % languages.length];
            return MESSAGES.text(language, "reason.AGE_ADULT", java.util.List.of(i)) + Messages.euro((java.math.BigDecimal) args.get(0), language)
                    + MESSAGES.text(language, "reason.STAY_EU_CITIZEN_RIGHT_OF_STAY", java.util.List.of(args.get(1)));
        };
        java.util.List<String> expected = java.util.stream.IntStream.range(0, 6_000).mapToObj(texts).toList();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(threads.submit(() -> java.util.stream.IntStream.range(0, 6_000).mapToObj(texts).toList()));
            }
            for (java.util.concurrent.Future<java.util.List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(expected.get(1)).contains("1.234,50").contains("01/02/2001");  // text 1: nl, 1 234.5 and 2001-02-01
    }
}
