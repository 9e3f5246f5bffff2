package io.atflow.sim.replay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads what a module says as lines (CR and LF stripped; blank lines, i.e. the CR LF framing, skipped) and spots
 * the {@code > } data prompt, which has no line end. A background thread drains the stream, so the module never
 * waits for the reader.
 */
public final class LineReader implements AutoCloseable {
    private static final byte[] PROMPT = { '>', ' ' };
    private final InputStream in;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<String> lines = new ArrayDeque<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private boolean ended;

    public LineReader(InputStream in) {
        this.in = in;
        Thread.ofVirtual().name("atflow-sim-line-reader").start(this::pump);
    }

    private void pump() {
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                lock.lock();
                try {
                    for (int i = 0; i < n; i++) {
                        accept(buf[i]);
                    }
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException e) {
            // the stream ended
        } finally {
            lock.lock();
            try {
                ended = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void accept(byte b) {
        if (b == '\n') {
            String line = strip(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        } else {
            partial.write(b);
        }
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '\r') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '\r') {
            end--;
        }
        return s.substring(start, end);
    }

    /** The next non-blank line, or empty when none arrives within {@code timeout} (or the stream ended). */
    public Optional<String> nextLine(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (lines.isEmpty() && !ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !changed.await(left, TimeUnit.NANOSECONDS) && lines.isEmpty()) {
                    break;
                }
            }
            return Optional.ofNullable(lines.poll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the line being received is the {@code > } prompt (lines completed meanwhile stay queued for
     * {@link #nextLine}); false on timeout.
     */
    public boolean awaitPrompt(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!atPrompt()) {
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    return false;
                }
                changed.await(left, TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean atPrompt() {
        byte[] p = partial.toByteArray();
        int start = 0;
        while (start < p.length && p[start] == '\r') {
            start++;
        }
        return p.length - start >= PROMPT.length && p[start] == PROMPT[0] && p[start + 1] == PROMPT[1];
    }

    /** Every line that arrives until the module has been quiet for {@code quiet}. */
    public List<String> drain(Duration quiet) {
        List<String> out = new ArrayList<>();
        Optional<String> line;
        while ((line = nextLine(quiet)).isPresent()) {
            out.add(line.get());
        }
        return out;
    }

    /** What has arrived of the current, unfinished line. */
    public String partialLine() {
        lock.lock();
        try {
            return strip(partial.toString(StandardCharsets.UTF_8));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
