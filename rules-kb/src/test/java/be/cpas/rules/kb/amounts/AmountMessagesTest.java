package be.cpas.rules.kb.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import be.cpas.rules.kb.i18n.Messages;

/** Every category, reason, line and value text of the amount rules exists in French and in Dutch. */
class AmountMessagesTest {

    @Test
    void french_and_dutch_have_the_same_keys() {
        Messages messages = AmountFixture.ENGINE.messages();
        Set<String> fr = new TreeSet<>(messages.keys("fr"));
        Set<String> nl = new TreeSet<>(messages.keys("nl"));
        assertThat(nl).containsExactlyInAnyOrderElementsOf(fr);
        assertThat(fr).contains("line.RIS_MONTHLY", "line.GENERAL_EXEMPTION", "category.CATEGORY_3",
                "reason.CATEGORY_3_SHARED_CUSTODY_HALF", "reason.RESOURCES_REACH_CATEGORY_AMOUNT", "resourceType.WAGES", "relation.PARTNER");
    }

    @Test
    void every_line_and_reason_the_rules_can_give_has_a_text() throws Exception {
        Set<String> fr = AmountFixture.ENGINE.messages().keys("fr");
        java.nio.file.Path rules = java.nio.file.Path.of(getClass().getClassLoader().getResource("cpas-kb/rules").toURI());
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\"((?:RESOURCE|RESOURCES|CATEGORY|COHABITANT|EXEMPTION|GENERAL_EXEMPTION|CAPITAL|PROPERTY|TOTAL|RIS|NO_RIS)[A-Z0-9_]*)\"");
        assertThat(fr).contains("reason.RESOURCES_STUDENT_UNKNOWN", "reason.RESOURCES_STUDENT_PARAMETER_NOT_IN_FORCE");
        try (var files = java.nio.file.Files.list(rules)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                var m = code.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    String c = m.group(1);
                    if (c.endsWith("_")) {
                        continue; // "RESOURCES_" + a student status code: checked below
                    }
                    assertThat(fr.contains("line." + c) || fr.contains("reason." + c) || fr.contains("condition." + c) || c.equals("RESOURCE_COUNTED_COHABITANT_WORK"))
                            .as(file.getFileName() + ": text for " + c).isTrue();
                }
            }
        }
    }
}
