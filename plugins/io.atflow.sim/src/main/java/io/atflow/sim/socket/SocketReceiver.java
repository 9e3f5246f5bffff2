package io.atflow.sim.socket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.atflow.sim.core.ModuleCore;

/**
 * What the module does with what a connected socket receives. Buffer access mode: the bytes wait for AT+QIRD and
 * {@code +QIURC: "recv",<id>} announces them when the buffer was empty. Direct push mode:
 * {@code +QIURC: "recv",<id>,<len>} followed by the bytes. A peer that closes: {@code +QIURC: "closed",<id>} and the
 * socket is "closing". Bytes that arrive while a send is being written wait until its SEND OK is out.
 */
final class SocketReceiver {
    private final ModuleCore module;
    private final Predicate<SimSocket> open;
    private final Duration latency;

    /** @param open whether a socket is still the one in the module's table under its connectID */
    SocketReceiver(ModuleCore module, Predicate<SimSocket> open, Duration latency) {
        this.module = module;
        this.open = open;
        this.latency = latency;
    }

    /** Reads the connection in the background until it ends. */
    void start(SimSocket s, Link link) {
        module.background("socket-" + s.connectId, () -> pump(s, link));
    }

    private void pump(SimSocket s, Link link) {
        byte[] buffer = new byte[SocketService.MAX_READ];
        try {
            int n;
            while ((n = link.read(buffer)) >= 0) {
                byte[] chunk = Arrays.copyOf(buffer, n);
                module.post(() -> arrived(s, chunk));
            }
        } catch (IOException e) {
            // closed here or reset by the peer
        }
        module.post(() -> ended(s));
    }

    private void arrived(SimSocket s, byte[] data) {
        if (!open.test(s) || data.length == 0) {
            return;
        }
        if (s.sending) {
            s.deferred.add(data);
            return;
        }
        s.received += data.length;
        if (s.accessMode == 1) {
            s.read += data.length;
            ByteArrayOutputStream urc = new ByteArrayOutputStream();
            urc.writeBytes(("+QIURC: \"recv\"," + s.connectId + "," + data.length + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            urc.writeBytes(data);
            module.out().urc(urc.toByteArray());
        } else if (s.buffer(data)) {
            module.out().urc("+QIURC: \"recv\"," + s.connectId);
        }
    }

    /** After a send's final result: the bytes that arrived while it was written. */
    void sendDone(SimSocket s) {
        s.sending = false;
        List<byte[]> waiting = List.copyOf(s.deferred);
        s.deferred.clear();
        waiting.forEach(data -> arrived(s, data));
    }

    private void ended(SimSocket s) {
        if (!open.test(s) || s.closedByHost || s.state != SimSocket.CONNECTED) {
            return;
        }
        if (s.sending) {
            module.schedule(latency, () -> ended(s));
            return;
        }
        s.state = SimSocket.CLOSING;
        if (s.link != null) {
            s.link.close();
        }
        module.out().urc("+QIURC: \"closed\"," + s.connectId);
    }
}
