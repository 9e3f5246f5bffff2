package io.atflow.engine.util;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongConsumer;

/**
 * Runs submitted tasks in order on one daemon thread of its own, started by {@link #start()}. Submitting never blocks:
 * when the thread falls {@code limit} tasks behind, newer tasks are dropped and counted; after the next task ran, the
 * count is passed to the {@code dropped} callback on the worker thread.
 */
public final class OrderedWorker {
    private final LinkedBlockingQueue<Runnable> queue;
    private final String threadName;
    private final LongConsumer dropped;
    private Thread thread;
    private volatile boolean stopping;
    private long droppedCount;

    public OrderedWorker(String threadName, int limit, LongConsumer dropped) {
        this.queue = new LinkedBlockingQueue<>(limit);
        this.threadName = threadName;
        this.dropped = dropped;
    }

    /** Starts the thread unless it runs already. */
    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::run, threadName);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Queues {@code task}; counts it as dropped when the queue is full. */
    public void submit(Runnable task) {
        if (!queue.offer(task)) {
            synchronized (this) {
                droppedCount++;
            }
        }
    }

    /** Lets the thread run what is queued, then end. */
    public void stop() {
        stopping = true;
        queue.offer(() -> { });
    }

    private void run() {
        while (!(stopping && queue.isEmpty())) {
            try {
                queue.take().run();
            } catch (InterruptedException e) {
                return;
            }
            long d;
            synchronized (this) {
                d = droppedCount;
                droppedCount = 0;
            }
            if (d > 0) {
                dropped.accept(d);
            }
        }
    }
}
