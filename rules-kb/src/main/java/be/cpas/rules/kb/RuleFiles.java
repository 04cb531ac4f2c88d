package be.cpas.rules.kb;

import java.util.Map;
import java.util.TreeMap;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;

/**
 * The DRL file each rule is written in, by rule name (unique in the package), for the trace. Read from the DRL
 * itself because the executable model gives its rules no resource (under MVEL Drools would know the file).
 */
final class RuleFiles {

    private RuleFiles() {
    }

    /** As the compiler names the file: its path under rules/, a subfolder joined with '_' (RulesEngine#compile). */
    static String fileName(KbFile drl) {
        return drl.path().substring("rules/".length()).replace('/', '_');
    }

    /** Rule name to file name ("L2002_art14_amount.drl"), from the pack's DRL files. */
    static Map<String, String> of(KbSource source) {
        Map<String, String> files = new TreeMap<>();
        for (KbFile drl : source.files("rules/", ".drl")) {
            DrlParser parser = new DrlParser();
            try {
                PackageDescr parsed = parser.parse(false, drl.content());
                if (parsed != null) {
                    for (RuleDescr rule : parsed.getRules()) {
                        files.put(rule.getName(), fileName(drl));
                    }
                }
            } catch (DroolsParserException e) {
                // The compiler reports the same error with its line; a file that does not parse names no rule.
            }
        }
        return files;
    }
}
