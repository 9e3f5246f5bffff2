package io.atflow.sim.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An unbounded in-memory byte pipe: writes never block, reads block until data arrives or the pipe is closed.
 * Unlike {@link java.io.PipedInputStream} it does not care which threads read and write (a finished writer thread
 * never breaks it), neither side can deadlock the other, and it blocks with a lock rather than a monitor so that
 * virtual threads waiting on it never pin their carrier.
 */
public final class BytePipe {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private byte[] buffer = new byte[1024];
    private int head;
    private int tail;
    private boolean closed;
    private final InputStream in = new Source();
    private final OutputStream out = new Sink();

    public InputStream input() {
        return in;
    }

    public OutputStream output() {
        return out;
    }

    /** Ends the pipe: readers get the remaining bytes, then end of stream; later writes fail. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes written but not read yet. */
    public int available() {
        lock.lock();
        try {
            return tail - head;
        } finally {
            lock.unlock();
        }
    }

    private void put(byte[] b, int off, int len) throws IOException {
        lock.lock();
        try {
            if (closed) {
                throw new IOException("pipe closed");
            }
            if (tail + len > buffer.length) {
                int used = tail - head;
                if (used + len > buffer.length / 2) {
                    buffer = Arrays.copyOfRange(buffer, head, head + Math.max(buffer.length * 2, used + len));
                } else {
                    System.arraycopy(buffer, head, buffer, 0, used);
                }
                tail = used;
                head = 0;
            }
            System.arraycopy(b, off, buffer, tail, len);
            tail += len;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int take(byte[] b, int off, int len) throws IOException {
        lock.lock();
        try {
            while (head == tail && !closed) {
                readable.await();
            }
            if (head == tail) {
                return -1;
            }
            int n = Math.min(len, tail - head);
            System.arraycopy(buffer, head, b, off, n);
            head += n;
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the pipe");
        } finally {
            lock.unlock();
        }
    }

    private final class Source extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return take(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : take(b, off, len);
        }

        @Override
        public int available() {
            return BytePipe.this.available();
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    }

    private final class Sink extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            put(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            put(b, off, len);
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    }
}
