package io.atflow.engine.util;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Runs submitted tasks in order on one daemon thread of its own, started by {@link #start()}. Submitting never blocks:
 * when the thread falls {@code limit} tasks behind, newer tasks are dropped and counted; after the next task ran, the
 * count is passed to the {@code dropped} callback on the worker thread.
 *
 * <p>
 * {@link #submit} wakes the thread; {@link #submitLazily} (for tasks nobody waits for) wakes it only when it sleeps
 * for good: after running out of tasks the thread lingers {@link #LINGER_NANOS} and looks again, so a burst of lazy
 * tasks costs one wake-up per linger instead of one per task. When it found no task for a linger, the {@code idle}
 * callback runs on the thread before it sleeps.
 */
public final class OrderedWorker {
    /** How long the thread waits for more tasks before it sleeps until woken. */
    public static final long LINGER_NANOS = 1_000_000;
    private static final int RUNNING = 0;
    private static final int LINGERING = 1;
    private static final int SLEEPING = 2;

    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int limit;
    private final String threadName;
    private final LongConsumer dropped;
    private final Runnable idle;
    private volatile Thread thread;
    private volatile int state = RUNNING;
    private volatile boolean stopping;
    private volatile Runnable last = () -> { };
    private long droppedCount;

    public OrderedWorker(String threadName, int limit, LongConsumer dropped) {
        this(threadName, limit, dropped, () -> { });
    }

    public OrderedWorker(String threadName, int limit, LongConsumer dropped, Runnable idle) {
        this.limit = limit;
        this.threadName = threadName;
        this.dropped = dropped;
        this.idle = idle;
    }

    /** Starts the thread unless it runs already. */
    public synchronized void start() {
        if (thread == null) {
            Thread t = new Thread(this::run, threadName);
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    /** Queues {@code task} and wakes the thread; counts it as dropped when the queue is full. */
    public void submit(Runnable task) {
        if (enqueue(task) && state != RUNNING) {
            wake();
        }
    }

    /**
     * Queues {@code task}; the thread runs it within {@link #LINGER_NANOS} when it is not asleep, else wakes now. False
     * (the task counted as dropped) when the queue is full.
     */
    public boolean submitLazily(Runnable task) {
        boolean queued = enqueue(task);
        if (queued && state == SLEEPING) {
            wake();
        }
        return queued;
    }

    /** Lets the thread run what is queued, then end. */
    public void stop() {
        stopping = true;
        wake();
    }

    /** Lets the thread run what is queued, then {@code last}, then end. */
    public void stop(Runnable last) {
        this.last = last;
        stop();
    }

    private boolean enqueue(Runnable task) {
        if (size.incrementAndGet() > limit) {
            size.decrementAndGet();
            synchronized (this) {
                droppedCount++;
            }
            return false;
        }
        queue.add(task);
        return true;
    }

    private void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private void run() {
        while (true) {
            Runnable task = queue.poll();
            if (task != null) {
                size.decrementAndGet();
                task.run();
                reportDropped();
                continue;
            }
            if (stopping) {
                last.run();
                return;
            }
            // the state is written before the queue is looked at again, and submitters add before they read the
            // state: either this thread sees the new task or the submitter sees that it must wake this thread
            state = LINGERING;
            if (queue.isEmpty() && !stopping) {
                LockSupport.parkNanos(this, LINGER_NANOS);
                if (queue.isEmpty() && !stopping) {
                    idle.run();
                    state = SLEEPING;
                    if (queue.isEmpty() && !stopping) {
                        LockSupport.park(this);
                    }
                }
            }
            state = RUNNING;
            if (Thread.interrupted()) {
                return;
            }
        }
    }

    private void reportDropped() {
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
