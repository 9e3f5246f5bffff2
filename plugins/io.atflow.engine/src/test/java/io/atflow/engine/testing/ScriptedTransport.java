package io.atflow.engine.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.atflow.engine.transport.Transport;
import io.atflow.engine.transport.TransportException;

/**
 * A fake module: a script of steps run on its own thread once the transport is opened. {@code expect} waits until
 * the channel has written exactly the given bytes next (a difference fails the script), {@code send} delivers bytes
 * to the channel's reader in chunks of a given size with optional gaps, {@code pause} waits, {@code when} waits
 * (bounded) until a condition of the test holds, e.g. an await is registered, {@code disappear} makes
 * the next read fail like an unplugged USB modem, {@code eof} ends the stream. Tests may also {@link #inject} bytes at
 * any time and check the script with {@link #assertDone}.
 */
public final class ScriptedTransport implements Transport {
    /** How long {@code expect} waits for the channel to write. */
    static final long EXPECT_MILLIS = 10_000;
    private static final byte[] VANISH = new byte[0];
    private static final byte[] END = new byte[0];

    private sealed interface Step {
    }

    private record Expect(byte[] bytes) implements Step {
    }

    private record Send(byte[] bytes, int chunk, long gapMillis) implements Step {
    }

    private record Pause(long millis) implements Step {
    }

    private record Marker(byte[] marker) implements Step {
    }

    private record When(String what, BooleanSupplier condition) implements Step {
    }

    private final List<Step> steps;
    private final LinkedBlockingQueue<byte[]> toChannel = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private int consumed;
    private byte[] current = new byte[0];
    private int currentOffset;
    private volatile boolean open;
    private volatile boolean closed;
    private volatile boolean vanished;
    private volatile String failure;
    private volatile boolean done;
    private Thread module;

    private final int pollMillis;

    private ScriptedTransport(List<Step> steps, int pollMillis) {
        this.steps = List.copyOf(steps);
        this.pollMillis = pollMillis;
    }

    public static Builder script() {
        return new Builder();
    }

    /** Builds the script. Strings are sent as UTF-8; use {@code \u001a} for Ctrl-Z. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private int defaultChunk = Integer.MAX_VALUE;
        private int pollMillis = 50;

        /** The bound on a read the transport declares (reads return within 50 ms whatever it says). */
        public Builder readPollMillis(int millis) {
            pollMillis = millis;
            return this;
        }

        /** Every {@code send} without an explicit chunk size is cut into chunks of {@code size} bytes. */
        public Builder chunk(int size) {
            defaultChunk = size;
            return this;
        }

        public Builder expect(String text) {
            return expect(text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder expect(byte[] bytes) {
            steps.add(new Expect(bytes.clone()));
            return this;
        }

        public Builder send(String text) {
            return send(text.getBytes(StandardCharsets.UTF_8), defaultChunk, 0);
        }

        public Builder send(String text, int chunk, long gapMillis) {
            return send(text.getBytes(StandardCharsets.UTF_8), chunk, gapMillis);
        }

        public Builder send(byte[] bytes, int chunk, long gapMillis) {
            steps.add(new Send(bytes.clone(), chunk, gapMillis));
            return this;
        }

        public Builder pause(long millis) {
            steps.add(new Pause(millis));
            return this;
        }

        /**
         * Goes on once {@code condition} holds (the script fails when it does not within {@link Eventually}'s
         * bound), so what follows happens in a known state of the host rather than after a guessed pause.
         */
        public Builder when(String what, BooleanSupplier condition) {
            steps.add(new When(what, condition));
            return this;
        }

        /** The next read fails like a vanished serial port; writes fail too. */
        public Builder disappear() {
            steps.add(new Marker(VANISH));
            return this;
        }

        /** The stream ends (read returns -1). */
        public Builder eof() {
            steps.add(new Marker(END));
            return this;
        }

        public ScriptedTransport build() {
            return new ScriptedTransport(steps, pollMillis);
        }
    }

    @Override
    public void open() {
        open = true;
        module = new Thread(this::runScript, "scripted-module");
        module.setDaemon(true);
        module.start();
    }

    /** Delivers bytes to the channel now (e.g. a URC at an arbitrary moment). */
    public void inject(String text) {
        toChannel.add(text.getBytes(StandardCharsets.UTF_8));
    }

    public void inject(byte[] bytes) {
        toChannel.add(bytes.clone());
    }

    /** Everything the channel wrote so far. */
    public synchronized String written() {
        return written.toString(StandardCharsets.UTF_8);
    }

    public synchronized byte[] writtenBytes() {
        return written.toByteArray();
    }

    /** Waits for the script to finish; fails when an expectation was not met. */
    public void assertDone(Duration within) throws InterruptedException {
        module.join(within.toMillis());
        if (failure != null) {
            throw new AssertionError(failure);
        }
        if (!done) {
            throw new AssertionError("the script did not finish; the channel wrote so far: "
                    + written().replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    /** Reads wait at most 50 ms (so the channel lets a command's caller read its own answer); see the builder. */
    @Override
    public int readPollMillis() {
        return pollMillis;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws TransportException {
        if (closed) {
            return -1;
        }
        if (currentOffset == current.length) {
            byte[] next;
            try {
                next = toChannel.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            if (next == null) {
                return 0;
            }
            if (next == VANISH) {
                vanished = true;
                throw new TransportException("serial port /dev/ttyFAKE0 stopped working (read failed with error 5)");
            }
            if (next == END) {
                return -1;
            }
            current = next;
            currentOffset = 0;
        }
        int n = Math.min(length, current.length - currentOffset);
        System.arraycopy(current, currentOffset, buffer, offset, n);
        currentOffset += n;
        return n;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        if (closed || vanished) {
            throw new TransportException("serial port /dev/ttyFAKE0 stopped working (write failed with error 5)");
        }
        synchronized (this) {
            written.write(data, offset, length);
            notifyAll();
        }
    }

    @Override
    public boolean isOpen() {
        return open && !closed;
    }

    @Override
    public String describe() {
        return "scripted /dev/ttyFAKE0";
    }

    @Override
    public void close() {
        closed = true;
    }

    private void runScript() {
        try {
            for (Step step : steps) {
                if (!run(step)) {
                    return;
                }
            }
            done = true;
        } catch (InterruptedException e) {
            failure = "the script was interrupted";
        }
    }

    private boolean run(Step step) throws InterruptedException {
        switch (step) {
            case Expect e -> {
                return expect(e.bytes());
            }
            case Send s -> {
                for (int i = 0; i < s.bytes().length; i += s.chunk()) {
                    if (i > 0 && s.gapMillis() > 0) {
                        Thread.sleep(s.gapMillis());
                    }
                    toChannel.add(Arrays.copyOfRange(s.bytes(), i, Math.min(s.bytes().length, i + s.chunk())));
                }
            }
            case Pause p -> Thread.sleep(p.millis());
            case Marker m -> toChannel.add(m.marker());
            case When w -> {
                try {
                    Eventually.until(w.what(), w.condition());
                } catch (AssertionError e) {
                    failure = e.getMessage();
                    return false;
                }
            }
        }
        return true;
    }

    private synchronized boolean expect(byte[] bytes) throws InterruptedException {
        long deadline = System.currentTimeMillis() + EXPECT_MILLIS;
        while (written.size() - consumed < bytes.length) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                failure = "expected " + show(bytes) + " but the channel wrote only "
                        + show(Arrays.copyOfRange(written.toByteArray(), consumed, written.size()));
                return false;
            }
            wait(left);
        }
        byte[] got = Arrays.copyOfRange(written.toByteArray(), consumed, consumed + bytes.length);
        consumed += bytes.length;
        if (!Arrays.equals(got, bytes)) {
            failure = "expected " + show(bytes) + " but the channel wrote " + show(got);
            return false;
        }
        return true;
    }

    static String show(byte[] b) {
        return "\"" + io.atflow.engine.transcript.TranscriptFormat.escape(b) + "\"";
    }
}
