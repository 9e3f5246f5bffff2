package io.atflow.launch.urc;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Batches UI updates: any number of {@link #request()} calls from any thread between two refreshes cause one refresh.
 * The scheduler decides when it runs (the URC view uses a short display timer); the refresh itself runs on the UI
 * thread and sees everything requested before it started.
 */
public final class RefreshCoalescer {
    private final Consumer<Runnable> scheduler;
    private final Runnable refresh;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong refreshes = new AtomicLong();

    /**
     * @param scheduler runs the given task later on the UI thread (e.g. {@code r -> display.asyncExec(r)})
     * @param refresh   the UI update
     */
    public RefreshCoalescer(Consumer<Runnable> scheduler, Runnable refresh) {
        this.scheduler = scheduler;
        this.refresh = refresh;
    }

    /** Asks for a refresh; cheap and non-blocking, callable from any thread. */
    public void request() {
        if (scheduled.compareAndSet(false, true)) {
            scheduler.accept(this::run);
        }
    }

    /** How many refreshes ran. */
    public long refreshes() {
        return refreshes.get();
    }

    private void run() {
        scheduled.set(false);
        refreshes.incrementAndGet();
        refresh.run();
    }
}
