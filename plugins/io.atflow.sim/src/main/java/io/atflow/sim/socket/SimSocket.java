package io.atflow.sim.socket;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One socket service of the module (AT+QIOPEN's {@code <connectID>}): what AT+QISTATE shows, the counters of
 * AT+QISEND=<id>,0 and AT+QIRD=<id>,0, and the receive buffer of buffer access mode. Module thread only.
 */
final class SimSocket {
    static final int OPENING = 1;
    static final int CONNECTED = 2;
    static final int CLOSING = 4;

    final int connectId;
    final int contextId;
    final String serviceType;
    final String host;
    final int remotePort;
    final int requestedLocalPort;
    final int accessMode;
    int state = OPENING;
    Link link;
    boolean closedByHost;
    /** A send is being written; data arriving meanwhile waits, so SEND OK comes before its "recv" URC. */
    boolean sending;
    final List<byte[]> deferred = new ArrayList<>();
    long sent;
    long received;
    long read;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    SimSocket(int connectId, int contextId, String serviceType, String host, int remotePort, int localPort,
            int accessMode) {
        this.connectId = connectId;
        this.contextId = contextId;
        this.serviceType = serviceType;
        this.host = host;
        this.remotePort = remotePort;
        this.requestedLocalPort = localPort;
        this.accessMode = accessMode;
    }

    /** The local port AT+QISTATE shows: the one asked for, else the one the connection got. */
    int localPort() {
        return requestedLocalPort != 0 || link == null ? requestedLocalPort : link.localPort();
    }

    /** Buffers received bytes; true when the buffer was empty, i.e. the host gets a new "recv" URC. */
    boolean buffer(byte[] data) {
        boolean wasEmpty = buffer.size() == 0;
        buffer.writeBytes(data);
        return wasEmpty;
    }

    /** Takes up to {@code max} bytes from the receive buffer. */
    byte[] take(int max) {
        byte[] all = buffer.toByteArray();
        int n = Math.min(max, all.length);
        buffer.reset();
        buffer.write(all, n, all.length - n);
        read += n;
        return Arrays.copyOf(all, n);
    }

    int unread() {
        return buffer.size();
    }

    /** {@code +QISTATE: <connectID>,"<service_type>","<IP_address>",<remote_port>,<local_port>,<socket_state>,...}. */
    String stateLine() {
        return "+QISTATE: " + connectId + ",\"" + serviceType + "\",\"" + host + "\"," + remotePort + "," + localPort()
                + "," + state + "," + contextId + ",0," + accessMode + ",\"" + SocketService.AT_PORT + "\"";
    }
}
