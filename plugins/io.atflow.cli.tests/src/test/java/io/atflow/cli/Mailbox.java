package io.atflow.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonObject;

/**
 * The messages a test client read from a server's stdout, taken by what the test waits for: a message nobody waited
 * for yet stays for a later wait, so the order in which the test asks does not have to be the order they came in.
 */
public final class Mailbox {
    private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    private final List<JsonObject> unclaimed = new ArrayList<>();

    /** Called by the client's reader thread for every message. */
    public void put(JsonObject message) {
        incoming.add(message);
    }

    /**
     * The first message {@code wanted} accepts, waiting at most {@code wait}; null when none came. Messages
     * {@code consumed} accepts on the way (e.g. requests of the server the client answers) are not kept.
     */
    public JsonObject take(Predicate<JsonObject> wanted, Predicate<JsonObject> consumed, Duration wait)
            throws InterruptedException {
        synchronized (unclaimed) {
            for (JsonObject m : unclaimed) {
                if (wanted.test(m)) {
                    unclaimed.remove(m);
                    return m;
                }
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject m = left <= 0 ? null : incoming.poll(left, TimeUnit.NANOSECONDS);
            if (m == null) {
                return null;
            }
            if (consumed.test(m)) {
                continue;
            }
            if (wanted.test(m)) {
                return m;
            }
            synchronized (unclaimed) {
                unclaimed.add(m);
            }
        }
    }
}
