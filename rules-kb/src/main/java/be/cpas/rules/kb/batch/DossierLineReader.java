package be.cpas.rules.kb.batch;

import java.util.List;

import be.cpas.rules.model.Dossier;

/**
 * Reads one JSON line into a dossier with the service's own checks, so that the batch accepts exactly what
 * {@code POST /v1/decisions} accepts. Must be safe to call from several threads.
 */
@FunctionalInterface
public interface DossierLineReader {

    /** The longest line read, in characters, unless said otherwise: the service's default limit on one dossier (256 KB). */
    int DEFAULT_MAX_LINE_CHARS = 256 * 1024;

    /** The dossier, or a {@link BadLineException} naming every bad field. */
    Dossier read(String line) throws BadLineException;

    /** Lines longer than this many characters are bad lines, skipped without being kept. */
    default int maxLineChars() {
        return DEFAULT_MAX_LINE_CHARS;
    }

    /**
     * The dossier of a line of a batch or caseload: an empty line, or one longer than {@link #maxLineChars()} (which
     * {@link OrderedLines} hands over as null), is a bad line too.
     */
    default Dossier readLine(String line) throws BadLineException {
        if (line == null) {
            throw unreadable("line.tooLong", maxLineChars());
        }
        if (line.isBlank()) {
            throw unreadable("line.empty");
        }
        return read(line);
    }

    /** A line that cannot be a dossier at all, in this reader's words: by default "$: " and the message key. */
    default BadLineException unreadable(String key, Object... args) {
        return new BadLineException(List.of("$: " + key));
    }

    /**
     * Why a valid dossier could not be decided (a date before the known law, a rule loop halted at its time limit), in
     * this reader's words: by default "$: " and the exception.
     */
    default String undecided(RuntimeException e) {
        return "$: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** A line that is not a valid dossier: each problem names the field ("applicant.birthDate: field.required"). */
    final class BadLineException extends Exception {
        private final List<String> problems;

        public BadLineException(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
