package io.atflow.sim.socket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.Arrivals;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.net.Network;
import io.atflow.sim.net.Target;

/**
 * The module's socket services (Quectel TCP/IP Application Notes): TCP and UDP clients that really connect through
 * the simulator's {@link Network}, in buffer or direct push access mode (see {@link SocketReceiver}); a "closing"
 * socket stays until AT+QICLOSE. Deactivating the context closes its sockets. The error of the last command is kept for AT+QIGETERROR. Runs on the module thread; network I/O in the background.
 */
public final class SocketService {
    /** AT+QISDE: whether the data of AT+QISEND is echoed (1, the default) or not (0). */
    private boolean dataEcho = true;

    boolean dataEcho() {
        return dataEcho;
    }

    void dataEcho(boolean value) {
        dataEcho = value;
    }

    public static final int MAX_CONNECT_ID = 11;
    public static final int MAX_READ = 1500;
    /** The port of the module's serial line, as AT+QISTATE names it: the main UART. */
    static final String AT_PORT = "uart1";
    /** AT+QIOPEN's maximum response time (150 s): how long a connect may take. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(150);

    private final ModuleCore module;
    private final Radio radio;
    private final Network network;
    private final Duration latency;
    private final Map<Integer, SimSocket> sockets = new ConcurrentSkipListMap<>();
    /** Links connected in the background whose result has not reached the module thread yet. */
    private final Arrivals<Link> arriving;
    private final SocketReceiver receiver;
    private int lastError;
    private int generation;

    public SocketService(ModuleCore module, Radio radio, Network network, Duration latency) {
        this.module = module;
        this.arriving = new Arrivals<>(module, Link::close);
        this.radio = radio;
        this.network = network;
        this.latency = latency;
        this.receiver = new SocketReceiver(module, s -> sockets.get(s.connectId) == s, latency);
        module.onReset(this::reset);
        module.onClose(this::closeLinks);
        radio.onDataLoss(this::dataLost);
    }

    /** The result code of the last TCP/IP command (0 when it succeeded). */
    public int lastError() {
        return lastError;
    }

    public void error(int code) {
        lastError = code;
    }

    public boolean dataReady(int contextId) {
        return radio.dataReady(contextId);
    }

    /** AT+QIOPEN: OK now, {@code +QIOPEN: <id>,<err>} when the connection is up or failed. */
    Outcome open(SimSocket s) {
        if (s.accessMode == 2 || !(s.serviceType.equals("TCP") || s.serviceType.equals("UDP"))) {
            lastError = TcpipError.OPERATION_NOT_SUPPORTED;
            return Outcome.ERROR;
        }
        lastError = TcpipError.OK;
        if (sockets.containsKey(s.connectId)) {
            later(() -> opened(s.connectId, TcpipError.SOCKET_IDENTITY_USED));
            return Outcome.OK;
        }
        if (!radio.dataReady(s.contextId)) {
            later(() -> opened(s.connectId, TcpipError.PDP_OPEN_FAILED));
            return Outcome.OK;
        }
        sockets.put(s.connectId, s);
        module.background("qiopen-" + s.connectId, () -> connect(s));
        return Outcome.OK;
    }

    private void connect(SimSocket s) {
        Link link = null;
        int err;
        try {
            Target target = network.socket(s.host, s.remotePort);
            link = s.serviceType.equals("TCP") ? TcpLink.connect(target.address(), CONNECT_TIMEOUT)
                    : UdpLink.connect(target.address());
            err = TcpipError.OK;
        } catch (UnknownHostException e) {
            err = TcpipError.DNS_PARSE_FAILED;
        } catch (IOException | IllegalArgumentException e) {
            err = TcpipError.SOCKET_CONNECT_FAILED;
        }
        if (link != null && !arriving.add(link)) {
            return;
        }
        Link connected = link;
        int result = err;
        later(() -> {
            if (connected != null) {
                arriving.arrived(connected);
            }
            connected(s, connected, result);
        });
    }

    private void connected(SimSocket s, Link link, int err) {
        if (sockets.get(s.connectId) != s) {
            if (link != null) {
                link.close();
            }
            return;
        }
        if (err != TcpipError.OK) {
            sockets.remove(s.connectId);
            opened(s.connectId, err);
            return;
        }
        s.link = link;
        s.state = SimSocket.CONNECTED;
        opened(s.connectId, TcpipError.OK);
        receiver.start(s, link);
    }

    private void opened(int connectId, int err) {
        if (err != TcpipError.OK) {
            lastError = err;
        }
        module.out().urc("+QIOPEN: " + connectId + "," + err);
    }

    /** Whether AT+QISEND/AT+QISENDEX may send on the socket now; sets the error when not. */
    boolean canSend(int connectId) {
        SimSocket s = sockets.get(connectId);
        if (s == null || s.state != SimSocket.CONNECTED || s.accessMode == 2) {
            lastError = TcpipError.SOCKET_CLOSED;
            return false;
        }
        return true;
    }

    /** Sends in the background; SEND OK (or ERROR) follows as the final result. */
    Outcome send(int connectId, byte[] data) {
        if (!canSend(connectId)) {
            return Outcome.ERROR;
        }
        if (data.length == 0) {
            lastError = TcpipError.INVALID_PARAMETERS;
            return Outcome.ERROR;
        }
        SimSocket s = sockets.get(connectId);
        Link link = s.link;
        s.sending = true;
        int gen = generation;
        module.background("qisend-" + connectId, () -> {
            boolean ok;
            try {
                link.send(data);
                ok = true;
            } catch (IOException e) {
                ok = false;
            }
            boolean written = ok;
            module.post(() -> {
                if (gen == generation) {
                    sent(s, data.length, written);
                }
            });
        });
        return Outcome.PENDING;
    }

    private void sent(SimSocket s, int length, boolean ok) {
        if (ok) {
            s.sent += length;
            lastError = TcpipError.OK;
            module.out().result(Outcome.SEND_OK);
        } else {
            lastError = TcpipError.SOCKET_WRITE_FAILED;
            module.out().result(Outcome.ERROR);
        }
        receiver.sendDone(s);
    }

    /**
     * AT+QISEND=<id>,0: {@code +QISEND: <total_send_length>,<ackedbytes>,<unackedbytes>}. The simulator counts what
     * the peer's stack took as acknowledged.
     */
    Outcome sentCounters(int connectId) {
        SimSocket s = sockets.get(connectId);
        if (s == null) {
            lastError = TcpipError.SOCKET_CLOSED;
            return Outcome.ERROR;
        }
        lastError = TcpipError.OK;
        module.out().info("+QISEND: " + s.sent + "," + s.sent + ",0");
        return Outcome.OK;
    }

    /**
     * AT+QIRD: {@code +QIRD: <n>} and n bytes from the receive buffer ({@code +QIRD: 0} when it is empty); with
     * {@code max} 0 the counters {@code +QIRD: <total>,<read>,<unread>}. Buffer access mode only.
     */
    Outcome read(int connectId, int max) {
        SimSocket s = sockets.get(connectId);
        if (s == null || s.accessMode != 0) {
            lastError = s == null ? TcpipError.SOCKET_CLOSED : TcpipError.OPERATION_NOT_SUPPORTED;
            return Outcome.ERROR;
        }
        lastError = TcpipError.OK;
        if (max == 0) {
            module.out().info("+QIRD: " + s.received + "," + s.read + "," + s.unread());
            return Outcome.OK;
        }
        byte[] data = s.take(max);
        module.out().info("+QIRD: " + data.length);
        if (data.length > 0) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(data);
            b.writeBytes(new byte[] { '\r', '\n' });
            module.out().raw(b.toByteArray());
        }
        return Outcome.OK;
    }

    /** AT+QICLOSE: the connection is closed and the identity free again (OK also when nothing was open). */
    Outcome close(int connectId) {
        release(connectId);
        lastError = TcpipError.OK;
        return Outcome.OK;
    }

    private void release(int connectId) {
        SimSocket s = sockets.remove(connectId);
        if (s != null) {
            s.closedByHost = true;
            if (s.link != null) {
                s.link.close();
            }
        }
    }

    /** The AT+QISTATE lines of the sockets {@code which} selects, by connectID. */
    List<String> states(Predicate<SimSocket> which) {
        List<String> lines = new ArrayList<>();
        for (SimSocket s : sockets.values()) {
            if (which.test(s)) {
                lines.add(s.stateLine());
            }
        }
        lastError = TcpipError.OK;
        return lines;
    }

    /** Runs after the network latency, on the module thread (after the command's OK). */
    void later(Runnable task) {
        module.schedule(latency, task);
    }

    /**
     * The context went down (AT+QIDEACT, or the network: {@code +QIURC: "pdpdeact"}): its sockets are closed and
     * their identities free, as AT+QIDEACT "closes all TCP/IP connections set up in this context".
     */
    private void dataLost() {
        for (SimSocket s : List.copyOf(sockets.values())) {
            if (!radio.dataReady(s.contextId)) {
                release(s.connectId);
            }
        }
    }

    private void reset() {
        generation++;
        closeLinks();
        sockets.clear();
        lastError = TcpipError.OK;
    }

    private void closeLinks() {
        for (SimSocket s : sockets.values()) {
            s.closedByHost = true;
            if (s.link != null) {
                s.link.close();
            }
        }
        arriving.closeAll();
    }
}
