package io.atflow.sim.socket;

import java.io.IOException;

/** The real connection behind a simulated socket: a TCP stream or a connected UDP socket. Blocking calls. */
interface Link extends AutoCloseable {

    /** Writes the bytes (one datagram for UDP). */
    void send(byte[] data) throws IOException;

    /** Reads what arrived into {@code buffer}; -1 when the peer closed the connection. */
    int read(byte[] buffer) throws IOException;

    /** The local port the connection uses. */
    int localPort();

    @Override
    void close();
}
