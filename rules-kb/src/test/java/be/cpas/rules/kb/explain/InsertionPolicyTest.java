package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rule of decision.drl's header: plain insert only declares a condition to decide or a scheme asked; every
 * conclusion of the law is inserted logically, so that it is withdrawn when its reasons are.
 */
class InsertionPolicyTest {

    private static final Pattern PLAIN_INSERT = Pattern.compile("(?<![A-Za-z])insert\\(\\s*new\\s+(\\w+)");
    private static final Pattern ANY_PLAIN_INSERT = Pattern.compile("(?<![A-Za-z])insert\\(");

    @Test
    void plainInsertOnlyDeclaresConditionsAndSchemes() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/cpas-kb/rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(file);
                Matcher typed = PLAIN_INSERT.matcher(text);
                int declarations = 0;
                while (typed.find()) {
                    assertThat(typed.group(1)).as(file.getFileName() + ": plain insert").isIn("ConditionToDecide", "SchemeAsked");
                    declarations++;
                }
                assertThat(ANY_PLAIN_INSERT.matcher(text).results().count()).as(file.getFileName() + ": plain inserts").isEqualTo(declarations);
            }
        }
    }
}
