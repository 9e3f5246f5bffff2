package io.atflow.engine.transport;

import java.util.function.Consumer;

/**
 * A byte pipe to a module: serial port, TCP socket or an in-process stream pair.
 *
 * <p>
 * One thread reads (the channel's reader), one thread at a time writes. {@link #close()} may be called from any
 * thread; it makes a blocked {@link #read} return promptly (at the latest after one poll interval).
 */
public interface Transport extends AutoCloseable {
    /** Opens the medium; failures are one-sentence {@link TransportException}s naming the setting to change. */
    void open() throws TransportException;

    /**
     * Reads at least one byte, blocking while none is available.
     *
     * @return the number of bytes read; {@code 0} when a poll interval passed without data (call again); {@code -1}
     *         when the other side ended the stream or the transport was closed
     * @throws TransportException when the medium failed (port unplugged, connection reset)
     */
    int read(byte[] buffer, int offset, int length) throws TransportException;

    /**
     * The longest {@link #read} blocks without data before it returns 0, in milliseconds, or -1 (the default) when a
     * read may block until data arrive or the stream ends. With a bound, the channel lets the thread that waits for a
     * command's answer read it itself, instead of being woken by the reader thread (see {@code AtChannel}).
     */
    default int readPollMillis() {
        return -1;
    }

    /**
     * How many bytes a {@link #read} would return now without blocking, or -1 (the default) when the transport cannot
     * tell. With an answer, a caller waiting for a quick answer may poll for a short while instead of blocking in
     * {@link #read} (see {@code AtChannel}); a failing medium answers -1 and lets the next read report the failure.
     */
    default int available() {
        return -1;
    }

    /** Writes all bytes or fails. */
    void write(byte[] data, int offset, int length) throws TransportException;

    default void write(byte[] data) throws TransportException {
        write(data, 0, data.length);
    }

    boolean isOpen();

    /**
     * Where to report conditions that do not stop the transport, one sentence each (e.g. an RFC 2217 server that did
     * not acknowledge DTR); call before {@link #open()}. Transports without such conditions ignore it.
     */
    default void warnTo(Consumer<String> sink) {
    }

    /** A human description, e.g. {@code serial /dev/ttyUSB2 115200 8N1} or {@code tcp://127.0.0.1:5000}. */
    String describe();

    /** Closes the medium; idempotent, never throws. */
    @Override
    void close();
}
