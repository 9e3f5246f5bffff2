package io.atflow.engine.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An in-process pipe over a given stream pair, e.g. the simulated module's streams. The streams are used as given
 * (no buffering is added); the output is flushed after each write. {@link #close()} closes both streams.
 */
public final class StreamTransport implements Transport {
    private final InputStream in;
    private final OutputStream out;
    private final String description;
    private volatile boolean open;
    private volatile boolean closed;

    /**
     * @param in          bytes from the module
     * @param out         bytes to the module
     * @param description what {@link #describe()} returns, e.g. {@code sim}
     */
    public StreamTransport(InputStream in, OutputStream out, String description) {
        this.in = in;
        this.out = out;
        this.description = description;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws TransportException {
        if (!open || closed) {
            return -1;
        }
        try {
            return in.read(buffer, offset, length);
        } catch (IOException e) {
            if (closed) {
                return -1;
            }
            throw new TransportException(description + " failed while reading: " + e.getMessage());
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        if (!open || closed) {
            throw new TransportException(description + " is closed");
        }
        try {
            out.write(data, offset, length);
            out.flush();
        } catch (IOException e) {
            throw new TransportException(description + " failed while writing: " + e.getMessage());
        }
    }

    @Override
    public boolean isOpen() {
        return open && !closed;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            // closing: nothing left to report
        }
        try {
            in.close();
        } catch (IOException e) {
            // closing: nothing left to report
        }
    }
}
