package be.cpas.rules.kb.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    @Test
    void linesMatchASplitOnNewlinesWhateverTheReadSizesAndLongLinesAreNull() throws IOException {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int max = 1 + random.nextInt(40);
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int lines = random.nextInt(30);
            for (int i = 0; i < lines; i++) {
                // A '\r' inside a line is kept; one at its end would be taken for half of "\r\n".
                String line = randomText(random, random.nextInt(max + 4)).replaceAll("\r$", "a");
                text.append(line);
                boolean ended = i < lines - 1 || random.nextBoolean();
                if (ended) {
                    text.append(random.nextBoolean() ? "\r\n" : "\n");
                }
                if (ended || !line.isEmpty()) {  // nothing after the last '\n' is no line
                    expected.add(line.length() > max ? null : line);
                }
            }

            assertThat(read(new Trickle(text.toString(), random), max)).as("seed %d, at most %d", seed, max)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLineLongerThanAnyStringIsSkippedAndTheNextOneRead() throws IOException {
        // 2^31 + 10 characters: kept whole, it could not even be a String (at most 2^31 - 1).
        long endless = (1L << 31) + 10;
        Reader in = new Reader() {
            private long sent;
            private final char[] tail = "\n{\"next\":1}\n".toCharArray();

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (sent < endless) {
                    int n = (int) Math.min(length, endless - sent);
                    Arrays.fill(buffer, offset, offset + n, 'x');
                    sent += n;
                    return n;
                }
                int done = (int) (sent - endless);
                if (done == tail.length) {
                    return -1;
                }
                int n = Math.min(length, tail.length - done);
                System.arraycopy(tail, done, buffer, offset, n);
                sent += n;
                return n;
            }

            @Override
            public void close() {
            }
        };

        assertThat(read(in, 256 * 1024)).containsExactly(null, "{\"next\":1}");
    }

    @Test
    void aCarriageReturnJustOverTheLimitIsDroppedNotCounted() throws IOException {
        assertThat(read(new StringReader("abc\r\nabcd\r\nab\r"), 3)).containsExactly("abc", null, "ab");
    }

    private static List<String> read(Reader in, int max) throws IOException {
        BoundedLines lines = new BoundedLines(in, max);
        List<String> read = new ArrayList<>();
        while (lines.next()) {
            read.add(lines.line());
        }
        return read;
    }

    private static String randomText(Random random, int length) {
        String alphabet = "ab{}\":é\r ";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A text handed over a few characters at a time, as a socket would. */
    private static final class Trickle extends Reader {
        private final String text;
        private final Random random;
        private int position;

        Trickle(String text, Random random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(7)), text.length() - position);
            text.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
