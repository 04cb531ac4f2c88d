package be.cpas.rules.kb.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OrderedLinesTest {

    @Test
    void chunksKeepInputOrderAndLineNumbersWhenTheCountIsNotAMultipleOfTheChunk() throws IOException {
        // window 64 on 2 threads: chunks of 64 / (2 x 4) = 8 lines; 1 001 lines end on a chunk of 1.
        String input = IntStream.rangeClosed(1, 1001).mapToObj(i -> "l" + i).collect(Collectors.joining("\n"));
        List<String> handedOver = new ArrayList<>();

        long read = OrderedLines.run(new StringReader(input), 100, 2, 64, "test",
                (line, text) -> line + "=" + text, handedOver::add);

        assertThat(read).isEqualTo(1001);
        assertThat(handedOver).containsExactlyElementsOf(IntStream.rangeClosed(1, 1001).mapToObj(i -> i + "=l" + i).toList());
    }

    @Test
    void theReadAheadStaysWithinTheWindowWithChunks() throws IOException {
        int window = 64;
        AtomicLong read = new AtomicLong();
        AtomicLong handedOver = new AtomicLong();
        AtomicLong mostAhead = new AtomicLong();
        Reader in = new OneLineAtATime(() -> {
            if (read.get() == 10_000) {
                return null;
            }
            mostAhead.accumulateAndGet(read.incrementAndGet() - handedOver.get(), Math::max);
            return "x";
        });

        OrderedLines.run(in, 100, 2, window, "test", (line, text) -> line, result -> handedOver.incrementAndGet());

        assertThat(handedOver.get()).isEqualTo(10_000);
        assertThat(mostAhead.get()).isLessThanOrEqualTo(window);
    }

    @Test
    void aLineFromAPipeFedSlowlyIsWorkedOnBeforeTheChunkFills() throws Exception {
        // A chunk here would be 8 lines; the input has one line at hand and stays open.
        PipedWriter feed = new PipedWriter();
        BufferedReader in = new BufferedReader(new PipedReader(feed));
        CountDownLatch firstWorkedOn = new CountDownLatch(1);
        List<Long> handedOver = new ArrayList<>();
        CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> {
            try {
                return OrderedLines.run(in, 100, 2, 64, "test", (line, text) -> {
                    firstWorkedOn.countDown();
                    return line;
                }, handedOver::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        feed.write("first\n");
        feed.flush();
        boolean beforeTheEnd = firstWorkedOn.await(30, TimeUnit.SECONDS);
        feed.write("second\n");
        feed.close();

        assertThat(beforeTheEnd).as("the first line was worked on while the input was still open").isTrue();
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(handedOver).containsExactly(1L, 2L);
    }
}
