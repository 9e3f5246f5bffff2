package io.atflow.launch.urc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The URCs of recent runs and console sessions: a bounded ring (the oldest rows are dropped beyond
 * {@link #capacity()}), appended from any thread, read as snapshots. Listeners learn that something changed; they must
 * not block (the live URC view only requests a coalesced refresh).
 */
public final class UrcLog {
    /** Rows kept by the workbench's log. */
    public static final int DEFAULT_CAPACITY = 5_000;

    private final UrcRow[] ring;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private int start;
    private int size;
    private long total;
    private long dropped;

    public UrcLog(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, not " + capacity);
        }
        this.ring = new UrcRow[capacity];
    }

    /** The workbench's log ({@value #DEFAULT_CAPACITY} rows): an OSGi service of this bundle. */
    public UrcLog() {
        this(DEFAULT_CAPACITY);
    }

    /** A number for a new row of this log, unique in it. */
    public long nextSeq() {
        return sequence.incrementAndGet();
    }

    public void append(UrcRow row) {
        synchronized (this) {
            if (size == ring.length) {
                ring[start] = row;
                start = (start + 1) % ring.length;
                dropped++;
            } else {
                ring[(start + size) % ring.length] = row;
                size++;
            }
            total++;
        }
        fire();
    }

    /** The rows kept, oldest first. */
    public synchronized List<UrcRow> snapshot() {
        List<UrcRow> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(ring[(start + i) % ring.length]);
        }
        return out;
    }

    public void clear() {
        synchronized (this) {
            java.util.Arrays.fill(ring, null);
            start = 0;
            size = 0;
            dropped = 0;
            total = 0;
        }
        fire();
    }

    public int capacity() {
        return ring.length;
    }

    public synchronized int size() {
        return size;
    }

    /** Rows appended since the last {@link #clear()}, including dropped ones. */
    public synchronized long total() {
        return total;
    }

    /** Rows dropped because the ring was full, since the last {@link #clear()}. */
    public synchronized long dropped() {
        return dropped;
    }

    public void addListener(Runnable changed) {
        listeners.add(changed);
    }

    public void removeListener(Runnable changed) {
        listeners.remove(changed);
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
