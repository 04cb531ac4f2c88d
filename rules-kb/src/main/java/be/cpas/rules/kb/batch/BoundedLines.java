package be.cpas.rules.kb.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, each at most {@code maxChars} characters: a longer line is read to its end without being
 * kept, so that one endless line cannot fill the memory ({@link java.io.BufferedReader#readLine} would keep it
 * whole). A line ends at '\n', and a '\r' just before it is dropped (JSON Lines allows "\r\n").
 */
final class BoundedLines {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int end;
    private final StringBuilder partial = new StringBuilder();
    private String line;
    private boolean tooLong;

    BoundedLines(Reader in, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("a line must be allowed at least one character");
        }
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * Reads the next line: false at the end of the text. Then {@link #line()} is the line, or null when it was
     * longer than the limit.
     */
    boolean next() throws IOException {
        partial.setLength(0);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end && !fill()) {
                if (!any) {
                    return false;
                }
                return finish();
            }
            any = true;
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            keep(start, position);
            if (position < end) {
                position++;  // the '\n'
                return finish();
            }
        }
    }

    /** The line {@link #next()} read; null when it was longer than the limit. */
    String line() {
        return line;
    }

    /** Whether a line is at hand without waiting for the input (a pipe fed slowly). */
    boolean ready() throws IOException {
        return position < end || in.ready();
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        end = Math.max(read, 0);
        return read > 0;
    }

    private void keep(int from, int to) {
        if (tooLong) {
            return;
        }
        // One more than the limit may be a '\r' that the end of the line drops.
        if (partial.length() + (to - from) > maxChars + 1) {
            tooLong = true;
            partial.setLength(0);
            return;
        }
        partial.append(buffer, from, to - from);
    }

    private boolean finish() {
        int length = partial.length();
        if (length > 0 && partial.charAt(length - 1) == '\r') {
            length--;
        }
        line = tooLong || length > maxChars ? null : partial.substring(0, length);
        return true;
    }
}
