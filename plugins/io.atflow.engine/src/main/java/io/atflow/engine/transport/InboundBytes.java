package io.atflow.engine.transport;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Data bytes handed from a protocol thread to the transport's reader: chunks in order, then one end (the peer
 * closed, or failed with a message). {@link #take} waits at most one poll interval so closing is noticed promptly.
 */
final class InboundBytes {
    private static final byte[] END = new byte[0];
    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private byte[] current;
    private int position;
    private volatile String failure;
    private volatile boolean ended;

    void add(byte[] chunk) {
        if (chunk.length > 0) {
            chunks.add(chunk);
        }
    }

    /** The stream ended: {@code failure} null for an orderly close by the peer, else one sentence. */
    void end(String failure) {
        this.failure = failure;
        chunks.add(END);
    }

    /**
     * @return bytes copied; 0 after {@code pollMillis} without data; -1 after the end (see {@link #failure()})
     */
    int take(byte[] buffer, int offset, int length, long pollMillis) throws InterruptedException {
        if (ended) {
            return -1;
        }
        if (current == null) {
            byte[] next = chunks.poll(pollMillis, TimeUnit.MILLISECONDS);
            if (next == null) {
                return 0;
            }
            if (next == END) {
                ended = true;
                return -1;
            }
            current = next;
            position = 0;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        if (position == current.length) {
            current = null;
        }
        return n;
    }

    /** Why the stream ended, when it failed; null for an orderly close. */
    String failure() {
        return failure;
    }
}
