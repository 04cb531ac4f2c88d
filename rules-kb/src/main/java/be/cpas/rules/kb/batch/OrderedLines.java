package be.cpas.rules.kb.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Works on the lines of a stream on several threads and hands the results over one by one in input order.
 * Memory is bounded whatever the input: at most {@code window} lines are read ahead of the last result handed
 * over; the reading thread waits for the oldest one when the window is full. The task must handle its own
 * errors (a bad line gives a result saying so): an exception escaping it stops the run.
 */
public final class OrderedLines {

    /** The work on one line; called on a pool thread, so it must be thread-safe. */
    @FunctionalInterface
    public interface LineTask<R> {
        R apply(long line, String text);
    }

    /** Receives the results in input order, on the reading thread. */
    @FunctionalInterface
    public interface InOrder<R> {
        void accept(R result) throws IOException;
    }

    private OrderedLines() {
    }

    /** Reads every line, runs the task on {@code threads} threads, hands each result over in order; returns the lines read. */
    public static <R> long run(BufferedReader in, int threads, int window, String threadName, LineTask<R> task,
            InOrder<R> inOrder) throws IOException {
        checkWindow(threads, window);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<CompletableFuture<R>> inFlight = new ArrayDeque<>(window);
        try {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long lineNumber = ++number;
                String text = line;
                if (inFlight.size() == window) {
                    inOrder.accept(next(inFlight));
                }
                inFlight.addLast(CompletableFuture.supplyAsync(() -> task.apply(lineNumber, text), pool));
            }
            while (!inFlight.isEmpty()) {
                inOrder.accept(next(inFlight));
            }
            return number;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @throws IllegalArgumentException unless there is a thread and a window of at least one line per thread */
    public static void checkWindow(int threads, int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("need at least one thread and a window of at least one line per thread");
        }
    }

    private static <R> R next(ArrayDeque<CompletableFuture<R>> inFlight) throws IOException {
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
