package io.atflow.engine.transport.telnet;

import java.io.IOException;

/** Writes protocol bytes to the peer (already encoded). */
@FunctionalInterface
public interface Sender {
    void send(byte[] bytes) throws IOException;
}
