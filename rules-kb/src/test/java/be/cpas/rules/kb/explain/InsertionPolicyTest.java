package be.cpas.rules.kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rule of decision.drl's header, in both directions: insertLogical exactly for the rules whose reasons can be
 * withdrawn (they read a fact inserted logically, or test with not / exists / accumulate / forall a fact some rule
 * inserts); insert for every other rule.
 */
class InsertionPolicyTest {

    private static final Pattern RULE = Pattern.compile("rule \"([^\"]+)\".*?\\nwhen(.*?)\\nthen(.*?)\\nend", Pattern.DOTALL);
    private static final Pattern PATTERN_TYPE = Pattern.compile("\\b([A-Z]\\w+)\\s*\\(");
    private static final Pattern LOGICAL = Pattern.compile("insertLogical\\((?:new )?([A-Z]\\w+)");
    private static final Pattern ANY_INSERT = Pattern.compile("insert(?:Logical)?\\((?:new )?([A-Z]\\w+)");
    private static final Pattern PLAIN = Pattern.compile("(?<![A-Za-z])insert\\(");
    private static final Pattern TEST_START = Pattern.compile("^\\s*(not|exists|accumulate|forall)\\b");

    record Rule(String file, String name, String when, String then) {
    }

    @Test
    void insertLogicalExactlyWhenTheReasonsCanBeWithdrawn() throws Exception {
        List<Rule> rules = rules();
        Set<String> logical = new HashSet<>();
        Set<String> derived = new HashSet<>();
        for (Rule rule : rules) {
            LOGICAL.matcher(rule.then()).results().forEach(m -> logical.add(m.group(1)));
            ANY_INSERT.matcher(rule.then()).results().forEach(m -> derived.add(m.group(1)));
        }
        assertThat(rules).hasSizeGreaterThan(150);
        for (Rule rule : rules) {
            Set<String> read = types(rule.when());
            read.retainAll(logical);
            Set<String> tested = testedTypes(rule.when());
            tested.retainAll(derived);
            boolean withdrawable = !read.isEmpty() || !tested.isEmpty();
            String where = rule.file() + " \"" + rule.name() + "\" reads logical " + read + ", tests derived " + tested;
            if (withdrawable) {
                assertThat(PLAIN.matcher(rule.then()).find()).as(where + ": must use insertLogical").isFalse();
            } else if (rule.then().contains("insertLogical(")) {
                throw new AssertionError(where + ": its reasons stay, it must use insert");
            }
        }
    }

    /**
     * No rule modifies a fact (modify, update): facts are inserted, withdrawn by truth maintenance, never changed. So
     * whether Drools re-evaluates a pattern on a change of any property or only of the properties it reads ("class
     * reactivity", which the executable model's code generation warns about for constraints reading another
     * pattern's variable) never changes a decision; the DecisionRecorder relies on it too.
     */
    @Test
    void noRuleModifiesAFact() throws Exception {
        Pattern modification = Pattern.compile("\\b(modify|update)\\s*\\(");
        for (Rule rule : rules()) {
            assertThat(modification.matcher(rule.then()).find()).as(rule.file() + " \"" + rule.name() + "\" modifies a fact").isFalse();
        }
    }

    private static List<Rule> rules() throws Exception {
        List<Rule> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/cpas-kb/rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = RULE.matcher(Files.readString(file));
                while (m.find()) {
                    rules.add(new Rule(file.getFileName().toString(), m.group(1), m.group(2), m.group(3)));
                }
            }
        }
        return rules;
    }

    private static Set<String> types(String text) {
        Set<String> types = new HashSet<>();
        PATTERN_TYPE.matcher(text).results().forEach(m -> types.add(m.group(1)));
        return types;
    }

    /** The types under not, exists, accumulate or forall: a fact of such a type inserted later changes the match. */
    private static Set<String> testedTypes(String when) {
        Set<String> types = new HashSet<>();
        boolean inside = false;
        int depth = 0;
        for (String line : when.split("\n")) {
            if (!inside && TEST_START.matcher(line).find()) {
                inside = true;
                depth = 0;
            }
            if (inside) {
                types.addAll(types(line));
                depth += count(line, '(') - count(line, ')');
                if (depth <= 0 && !line.strip().matches("(not|exists|accumulate|forall)")) {
                    inside = false;
                }
            }
        }
        return types;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
