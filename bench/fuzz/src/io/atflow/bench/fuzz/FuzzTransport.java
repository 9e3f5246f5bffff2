package io.atflow.bench.fuzz;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.atflow.engine.transport.Transport;
import io.atflow.engine.transport.TransportException;

/**
 * A fake module line for fuzzing: every write is answered by the bytes {@code reply} returns for it, handed to the
 * reader in chunks of random size. After {@code endAfterWrites} writes the line ends: it vanishes (reads and writes
 * fail like an unplugged USB modem) or reaches end of stream, as chosen.
 */
final class FuzzTransport implements Transport {
    enum End { NEVER, VANISH, EOF }

    private static final byte[] END = new byte[0];
    private final LinkedBlockingQueue<byte[]> toChannel = new LinkedBlockingQueue<>();
    private final Function<byte[], byte[]> reply;
    private final SplittableRandom random;
    private final End end;
    private final int endAfterWrites;
    private int writes;
    private byte[] current = new byte[0];
    private int offset;
    private volatile boolean open;
    private volatile boolean closed;
    private volatile boolean vanished;

    FuzzTransport(Function<byte[], byte[]> reply, SplittableRandom random, End end, int endAfterWrites) {
        this.reply = reply;
        this.random = random.split();
        this.end = end;
        this.endAfterWrites = endAfterWrites;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public int read(byte[] buffer, int off, int length) throws TransportException {
        if (closed) {
            return -1;
        }
        if (offset == current.length) {
            byte[] next;
            try {
                next = toChannel.poll(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            if (next == null) {
                return closed ? -1 : 0;
            }
            if (next == END) {
                if (end == End.VANISH) {
                    vanished = true;
                    throw new TransportException("serial port /dev/ttyFUZZ stopped working (read failed with error 5)");
                }
                return -1;
            }
            current = next;
            offset = 0;
        }
        int n;
        synchronized (random) {
            n = Math.min(length, Math.min(current.length - offset, 1 + random.nextInt(random.nextBoolean() ? 8 : 4096)));
        }
        System.arraycopy(current, offset, buffer, off, n);
        offset += n;
        return n;
    }

    @Override
    public synchronized void write(byte[] data, int off, int length) throws TransportException {
        if (closed || vanished) {
            throw new TransportException("serial port /dev/ttyFUZZ stopped working (write failed with error 5)");
        }
        writes++;
        byte[] answer = reply.apply(Arrays.copyOfRange(data, off, off + length));
        if (answer.length > 0) {
            toChannel.add(answer);
        }
        if (end != End.NEVER && writes == endAfterWrites) {
            toChannel.add(END);
        }
    }

    @Override
    public boolean isOpen() {
        return open && !closed;
    }

    @Override
    public String describe() {
        return "fuzz /dev/ttyFUZZ";
    }

    @Override
    public void close() {
        closed = true;
    }
}
