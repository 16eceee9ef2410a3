package org.kabar.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a list on several threads and hands the results, in list order, to a
 * consumer on the calling thread. Only a window of results waits at any time, so a corpus of any
 * size passes through in bounded memory, and whatever depends on order (which copy of a duplicate
 * is kept) is decided exactly as one thread would decide it.
 */
final class InOrder {

    /** Results computed ahead of the consumer, per thread: enough to keep every thread busy. */
    private static final int AHEAD_PER_THREAD = 32;

    private InOrder() {}

    static <T, R> void map(List<T> items, int threads, Function<T, R> work, Consumer<R> consumer) {
        if (threads == 1) {
            for (T item : items) consumer.accept(work.apply(item));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "kabar-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < items.size() || !pending.isEmpty()) {
                while (next < items.size() && pending.size() < threads * AHEAD_PER_THREAD) {
                    T item = items.get(next++);
                    pending.add(pool.submit(() -> work.apply(item)));
                }
                consumer.accept(result(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }
}
