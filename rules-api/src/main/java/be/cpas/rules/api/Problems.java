package be.cpas.rules.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Describes an error for the log without its messages, which may quote personal data from a dossier. */
final class Problems {

    private static final int FRAMES = 12;

    private Problems() {
    }

    /** The exception types of the cause chain and the first frames of each, no message. */
    static String describeWithoutMessages(Throwable error) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 5; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (depth > 0) {
                text.append(" <- caused by ");
            }
            text.append(t.getClass().getName()).append(Arrays.stream(t.getStackTrace())
                    .limit(FRAMES)
                    .map(StackTraceElement::toString)
                    .collect(Collectors.joining("\n\tat ", "\n\tat ", "")));
        }
        return text.toString();
    }
}
