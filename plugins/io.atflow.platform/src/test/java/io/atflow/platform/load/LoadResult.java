package io.atflow.platform.load;

import java.util.Locale;

/** Figures of a {@link LoadRun}; latencies in nanoseconds, sorted. */
public record LoadResult(int devices, int connected, long connectNanos, long postNanos, long posts, long replies,
        long lostReplies, long sendErrors, long unexpectedReplies, long lostConnections, long[] latencies) {

    public double connectionsPerSecond() {
        return connected / (connectNanos / 1e9);
    }

    public double postsPerSecond() {
        return posts / (postNanos / 1e9);
    }

    /** The latency at quantile q (0..1) in milliseconds. */
    public double latencyMillis(double q) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(latencies.length - 1, Math.round(q * (latencies.length - 1)));
        return latencies[i] / 1e6;
    }

    public String report() {
        return String.format(Locale.ROOT, """
                devices            %d connected of %d in %.2f s (%.0f connections/s)
                posts              %d in %.1f s (%.0f posts/s), %d send errors
                replies            %d received, %d lost, %d unexpected
                reply latency ms   p50 %.1f  p90 %.1f  p99 %.1f  max %.1f
                connections lost   %d
                """, connected, devices, connectNanos / 1e9, connectionsPerSecond(), posts, postNanos / 1e9,
                postsPerSecond(), sendErrors, replies, lostReplies, unexpectedReplies, latencyMillis(0.5),
                latencyMillis(0.9), latencyMillis(0.99), latencyMillis(1.0), lostConnections);
    }
}
