package be.cpas.rules.kb.batch;

import java.util.List;

import be.cpas.rules.model.Dossier;

/**
 * Reads one JSON line into a dossier with the service's own checks, so that the batch accepts exactly what
 * {@code POST /v1/decisions} accepts. Must be safe to call from several threads.
 */
@FunctionalInterface
public interface DossierLineReader {

    /** The dossier, or a {@link BadLineException} naming every bad field. */
    Dossier read(String line) throws BadLineException;

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
