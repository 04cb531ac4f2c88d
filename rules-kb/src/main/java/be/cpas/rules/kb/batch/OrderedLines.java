package be.cpas.rules.kb.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Works on the lines of a stream on several threads, a chunk of lines at a time, and hands the results over one by
 * one in input order.
 * Memory is bounded whatever the input: at most {@code window} lines are read ahead of the last result handed
 * over, and a line is kept only up to {@code maxLineChars} characters (a longer one reaches the task as null, see
 * {@link BoundedLines}); the reading thread waits for the oldest chunk when the window is full. The task must handle
 * its own errors (a bad line gives a result saying so): an exception escaping it stops the run.
 */
public final class OrderedLines {

    /** The work on one line; called on a pool thread, so it must be thread-safe. */
    @FunctionalInterface
    public interface LineTask<R> {
        /** @param text the line, or null when it is longer than the run's limit */
        R apply(long line, String text);
    }

    /** Receives the results in input order, on the reading thread. */
    @FunctionalInterface
    public interface InOrder<R> {
        void accept(R result) throws IOException;
    }

    private OrderedLines() {
    }

    /**
     * Lines go to the pool in chunks of this share of the window per thread, so that threads hand work over once
     * a chunk rather than once a line: one task per line woke a thread per line (4 times the context switches and
     * about 8 % more CPU on a million lean decisions, docs/performance.md).
     */
    private static final int CHUNKS_PER_THREAD = 4;

    /** Reads every line, runs the task on {@code threads} threads, hands each result over in order; returns the lines read. */
    public static <R> long run(Reader input, int maxLineChars, int threads, int window, String threadName, LineTask<R> task,
            InOrder<R> inOrder) throws IOException {
        checkWindow(threads, window);
        BoundedLines in = new BoundedLines(input, maxLineChars);
        int chunkSize = Math.max(1, window / (threads * CHUNKS_PER_THREAD));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<CompletableFuture<List<R>>> inFlight = new ArrayDeque<>(window);
        try {
            long number = 0;
            int linesInFlight = 0;
            while (true) {
                while (linesInFlight + chunkSize > window) {
                    linesInFlight -= handOver(next(inFlight), inOrder);
                }
                List<String> chunk = readChunk(in, chunkSize);
                if (chunk.isEmpty()) {
                    break;
                }
                long first = number + 1;
                number += chunk.size();
                linesInFlight += chunk.size();
                inFlight.addLast(CompletableFuture.supplyAsync(() -> decided(first, chunk, task), pool));
            }
            while (!inFlight.isEmpty()) {
                handOver(next(inFlight), inOrder);
            }
            return number;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Up to {@code size} lines, fewer when the input has no more at hand (a pipe fed slowly still gets its lines
     * decided as they come); empty at the end of the input.
     */
    private static List<String> readChunk(BoundedLines in, int size) throws IOException {
        List<String> chunk = new ArrayList<>(size);
        for (boolean more = in.next(); more; more = chunk.size() < size && in.ready() && in.next()) {
            chunk.add(in.line());
        }
        return chunk;
    }

    private static <R> List<R> decided(long firstLine, List<String> chunk, LineTask<R> task) {
        List<R> results = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            results.add(task.apply(firstLine + i, chunk.get(i)));
        }
        return results;
    }

    private static <R> int handOver(List<R> results, InOrder<R> inOrder) throws IOException {
        for (R result : results) {
            inOrder.accept(result);
        }
        return results.size();
    }

    /** @throws IllegalArgumentException unless there is a thread and a window of at least one line per thread */
    public static void checkWindow(int threads, int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("need at least one thread and a window of at least one line per thread");
        }
    }

    private static <R> List<R> next(ArrayDeque<CompletableFuture<List<R>>> inFlight) throws IOException {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed outside its own error handling", e.getCause());
        }
    }
}
