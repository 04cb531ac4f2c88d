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
    void amountsAreWrittenTheBelgianWay() {
        assertThat(Messages.euro(new java.math.BigDecimal("10513.6"), "fr")).isEqualTo("10\u00a0513,60");
        assertThat(Messages.euro(new java.math.BigDecimal("10513.6"), "nl")).isEqualTo("10.513,60");
    }
}
