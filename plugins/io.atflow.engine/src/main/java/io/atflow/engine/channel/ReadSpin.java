package io.atflow.engine.channel;

import java.util.function.LongSupplier;

import io.atflow.engine.transport.Transport;

/**
 * How a caller that reads its own answer waits for bytes, when {@link ChannelConfig#pollBeforeRead()} is on: by
 * blocking in the read, or by polling the transport for up to {@link #SPIN_NANOS} first. A thread blocked in a read is
 * woken by the kernel when the answer arrives; in a virtual machine whose other CPU sleeps that wake-up can cost tens
 * of microseconds, while a thread that polls sees the answer as soon as it is there. On a loaded machine polling
 * loses: it holds a CPU the module's side needs. So the wait is measured (from before the read to the read's bytes)
 * for both ways, as moving averages, and the way that has been faster by more than {@link #MARGIN_NANOS} is used; one
 * wait in {@link #EXPLORE_EVERY} takes the other way so that its average follows the machine. Ties go to blocking,
 * which costs no CPU: a module that answers slowly (a real serial line at 115,200 baud takes about a millisecond for
 * {@code OK}) is polled for once in {@link #EXPLORE_EVERY} waits at most.
 *
 * <p>
 * On by default: on the idle 2-CPU reference machine polling made the exchange faster (bench/README.md, engine
 * section: AtChannel and Session rows with and without it); under load the measured waits choose blocking. Never
 * polls on one CPU (there it would only keep the module's side from running), nor over a transport that cannot tell how many bytes it has
 * ({@link io.atflow.engine.transport.Transport#available()}: TCP, RFC 2217). Used by the thread holding the channel's
 * read role, around its own reads.
 */
final class ReadSpin {
    /** The longest a caller polls before it blocks in the read. */
    static final long SPIN_NANOS = 100_000;
    /** How much faster polling must have been to be chosen. */
    static final long MARGIN_NANOS = 2_000;
    /** One wait in this many takes the way not chosen. */
    static final int EXPLORE_EVERY = 32;
    /** Waits are counted up to this long in the averages, so one stall does not decide for many waits. */
    private static final long MAX_SAMPLE_NANOS = 4 * SPIN_NANOS;
    /** The weight of a new wait in an average: 1 / 2^SHIFT. */
    private static final int SHIFT = 3;

    private final Transport transport;
    private final boolean enabled;
    private final LongSupplier clock;
    /** Moving averages of the waits, in nanoseconds; -1 before the first. */
    private long polled = -1;
    private long blocked = -1;
    private int waits;
    private boolean polling;
    private long waitStart;

    ReadSpin(Transport transport, boolean enabled, LongSupplier clock) {
        this.transport = transport;
        this.enabled = enabled;
        this.clock = clock;
    }

    /** Polling allowed when asked for and this process may run on more than one CPU. */
    static ReadSpin of(Transport transport, boolean asked) {
        return new ReadSpin(transport, asked && Runtime.getRuntime().availableProcessors() > 1, System::nanoTime);
    }

    /** Called before a read: polls for bytes for at most {@link #SPIN_NANOS} when polling is the way chosen. */
    void beforeRead() {
        polling = false;
        if (!enabled) {
            return;
        }
        waitStart = clock.getAsLong();
        polling = choosePolling();
        if (!polling) {
            return;
        }
        long start = waitStart;
        do {
            int n = transport.available();
            if (n != 0) {
                polling = n > 0;
                return;
            }
            Thread.onSpinWait();
        } while (clock.getAsLong() - start < SPIN_NANOS);
    }

    /** Called after the read with what it returned: a wait that ended with bytes is counted for its way. */
    void afterRead(int n) {
        if (!enabled || n <= 0) {
            return;
        }
        long wait = Math.min(clock.getAsLong() - waitStart, MAX_SAMPLE_NANOS);
        if (polling) {
            polled = polled < 0 ? wait : polled + ((wait - polled) >> SHIFT);
        } else {
            blocked = blocked < 0 ? wait : blocked + ((wait - blocked) >> SHIFT);
        }
    }

    /** Whether the last wait polled (for tests). */
    boolean polled() {
        return polling;
    }

    private boolean choosePolling() {
        if (polled < 0) {
            return true;
        }
        if (blocked < 0) {
            return false;
        }
        boolean faster = polled + MARGIN_NANOS < blocked;
        return ++waits % EXPLORE_EVERY == 0 ? !faster : faster;
    }
}
