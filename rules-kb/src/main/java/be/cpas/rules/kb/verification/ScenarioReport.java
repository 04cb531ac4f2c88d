package be.cpas.rules.kb.verification;

import java.util.List;

import be.cpas.rules.kb.verification.ScenarioRunner.CaseResult;
import be.cpas.rules.kb.verification.ScenarioRunner.FileResult;

/**
 * The readable report of a scenario run: per file "passed", or for each expectation that failed, the field
 * with what was expected and what the decision gave; a summary line last.
 *
 * <pre>
 * passed  scenarios/amount_2025-02-01_category_1.yaml
 * FAILED  scenarios/art34_2_parent_counted_half.yaml: In Feb 2025, a cohabitant living with a parent ...
 *           amount.monthly: expected 577.12, actual 578.00
 * 39 files, 50 cases: 49 passed, 1 failed
 * </pre>
 */
public record ScenarioReport(List<FileResult> files) {

    public boolean passed() {
        return files.stream().allMatch(FileResult::passed);
    }

    /** The whole report, one line per file, then one line per failing case and field, then the summary. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (FileResult file : files) {
            if (file.passed()) {
                text.append("passed  ").append(file.path()).append('\n');
                continue;
            }
            text.append("FAILED  ").append(file.path());
            if (file.error() != null) {
                text.append("\n          ").append(file.error()).append('\n');
                continue;
            }
            text.append(": ").append(file.purpose()).append('\n');
            for (CaseResult c : file.cases()) {
                if (c.passed()) {
                    continue;
                }
                String indent = "          ";
                if (c.name() != null) {
                    text.append(indent).append("case '").append(c.name()).append("'\n");
                    indent += "  ";
                }
                for (Expectation.Mismatch mismatch : c.mismatches()) {
                    text.append(indent).append(mismatch).append('\n');
                }
            }
        }
        return text.append(summary()).append('\n').toString();
    }

    /** "39 files, 50 cases: 49 passed, 1 failed" (and how many files could not be read or run, if any). */
    public String summary() {
        long cases = files.stream().mapToLong(f -> f.cases().size()).sum();
        long failed = files.stream().flatMap(f -> f.cases().stream()).filter(c -> !c.passed()).count();
        long inError = files.stream().filter(f -> f.error() != null).count();
        return files.size() + " files, " + cases + " cases: " + (cases - failed) + " passed, " + failed + " failed"
                + (inError == 0 ? "" : ", " + inError + " files in error");
    }
}
