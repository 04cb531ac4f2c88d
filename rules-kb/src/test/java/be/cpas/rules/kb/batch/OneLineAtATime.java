package be.cpas.rules.kb.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * An input that hands over at most one line a read, each asked of {@code lines} (null: the end) only when the previous
 * one is all read: the lines asked of it are the lines the reader took, so a test can count what is read ahead.
 */
final class OneLineAtATime extends Reader {

    /** The next line, without its '\n'; null at the end. */
    @FunctionalInterface
    interface Lines {
        String next() throws IOException;
    }

    private final Lines lines;
    private String current = "";
    private int position;

    OneLineAtATime(Lines lines) {
        this.lines = lines;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (position == current.length()) {
            String line = lines.next();
            if (line == null) {
                return -1;
            }
            current = line + "\n";
            position = 0;
        }
        int n = Math.min(length, current.length() - position);
        current.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public void close() {
    }
}
