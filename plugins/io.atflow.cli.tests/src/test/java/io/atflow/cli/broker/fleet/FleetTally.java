package io.atflow.cli.broker.fleet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What a fleet run counted: registrations, posts written, replies received with their latencies, failures. */
final class FleetTally {
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicInteger posted = new AtomicInteger();
    private final AtomicLong firstPost = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastReply = new AtomicLong();
    private final AtomicLong lastRegistered = new AtomicLong();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    void registered() {
        registered.incrementAndGet();
        lastRegistered.accumulateAndGet(System.nanoTime(), Math::max);
    }

    void posted() {
        posted.incrementAndGet();
        firstPost.accumulateAndGet(System.nanoTime(), Math::min);
    }

    void replied(long nanos) {
        latencies.add(nanos);
        lastReply.accumulateAndGet(System.nanoTime(), Math::max);
    }

    void failed(String why) {
        failures.add(why);
    }

    int registeredCount() {
        return registered.get();
    }

    int postedCount() {
        return posted.get();
    }

    int replyCount() {
        return latencies.size();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** System.nanoTime() when the last module had registered. */
    long lastRegisteredAt() {
        return lastRegistered.get();
    }

    /** From the first post written to the last reply seen. */
    long postingNanos() {
        return replyCount() == 0 ? 0 : lastReply.get() - firstPost.get();
    }

    /** The {@code q}-quantile (0..1) of the reply latencies, in milliseconds (nearest rank). */
    double latencyMillis(double q) {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
