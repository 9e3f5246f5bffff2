package io.atflow.sim.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP peer that speaks just enough MQTT to get stuck: it answers CONNECT with CONNACK (or not at all) and never
 * answers anything else, as a broker behind a dead network path would look.
 */
final class SilentBroker implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0);
    private final boolean connAck;

    SilentBroker(boolean connAck) throws IOException {
        this.connAck = connAck;
        Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            in.read();
            int length = in.read();
            in.readNBytes(length);
            if (connAck) {
                s.getOutputStream().write(new byte[] { 0x20, 0x02, 0x00, 0x00 });
            }
            while (in.read() >= 0) {
                // swallow everything: no PINGRESP, no SUBACK
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
