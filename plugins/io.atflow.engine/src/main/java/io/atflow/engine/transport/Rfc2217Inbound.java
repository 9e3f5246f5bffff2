package io.atflow.engine.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import io.atflow.engine.transport.telnet.ComPort;
import io.atflow.engine.transport.telnet.ComPortRequests;
import io.atflow.engine.transport.telnet.OptionNegotiator;
import io.atflow.engine.transport.telnet.Sender;
import io.atflow.engine.transport.telnet.Telnet;
import io.atflow.engine.transport.telnet.TelnetDecoder;
import io.atflow.engine.transport.telnet.TelnetEncoder;

/**
 * What an RFC 2217 server sends, decoded: data to the reader's queue, option commands to the negotiator, answers to
 * the outstanding requests, and the server's own notices (line and modem state, flow-control suspend/resume,
 * signature request) kept here.
 */
final class Rfc2217Inbound implements TelnetDecoder.Listener {
    /** Line-state error bits: overrun, parity, framing, break (RFC 2217 bits 1-4). */
    static final int LINE_ERRORS = 0x1E;
    private static final byte[] SIGNATURE = "ATFlow".getBytes(StandardCharsets.US_ASCII);

    private final InboundBytes queue;
    private final OptionNegotiator options;
    private final ComPortRequests requests;
    private final Sender sender;
    private final Consumer<String> warn;
    private final String port;
    private final Object flowLock = new Object();
    private volatile boolean suspended;
    private volatile int lineState = -1;
    private volatile int modemState = -1;

    /**
     * @param port for warnings, e.g. {@code rfc2217://127.0.0.1:2217}
     */
    Rfc2217Inbound(InboundBytes queue, OptionNegotiator options, ComPortRequests requests, Sender sender,
            Consumer<String> warn, String port) {
        this.queue = queue;
        this.options = options;
        this.requests = requests;
        this.sender = sender;
        this.warn = warn;
        this.port = port;
    }

    @Override
    public void data(byte[] bytes) {
        queue.add(bytes);
    }

    @Override
    public void command(int verb, int option) {
        try {
            options.received(verb, option);
        } catch (IOException e) {
            // the read side notices the broken connection
        }
    }

    @Override
    public void subnegotiation(int option, byte[] payload) {
        if (option != Telnet.OPTION_COM_PORT || payload.length == 0) {
            return;
        }
        int value = ComPort.value(payload);
        switch ((payload[0] & 0xFF) - ComPort.SERVER_OFFSET) {
            case ComPort.NOTIFY_LINESTATE -> {
                lineState = value;
                if ((value & LINE_ERRORS) != 0) {
                    warn.accept(port + " reports line errors (line state 0x" + Integer.toHexString(value)
                            + "): check the baud rate and frame");
                }
            }
            case ComPort.NOTIFY_MODEMSTATE -> modemState = value;
            case ComPort.FLOWCONTROL_SUSPEND -> suspended = true;
            case ComPort.FLOWCONTROL_RESUME -> resume();
            case ComPort.SIGNATURE -> {
                if (payload.length == 1) { // an empty signature asks for ours
                    byte[] p = new byte[SIGNATURE.length + 1];
                    System.arraycopy(SIGNATURE, 0, p, 1, SIGNATURE.length);
                    try {
                        sender.send(TelnetEncoder.subnegotiation(Telnet.OPTION_COM_PORT, p));
                    } catch (IOException e) {
                        // the read side notices the broken connection
                    }
                }
            }
            default -> requests.answered(payload);
        }
    }

    int lineState() {
        return lineState;
    }

    int modemState() {
        return modemState;
    }

    /** Lets writes go on (the server resumed, or the connection ended). */
    void resume() {
        synchronized (flowLock) {
            suspended = false;
            flowLock.notifyAll();
        }
    }

    /** Waits while the server has suspended our output, at most {@code millis}. */
    void awaitResume(long millis) throws TransportException {
        synchronized (flowLock) {
            long deadline = System.nanoTime() + millis * 1_000_000;
            while (suspended) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new TransportException(port + " held our output back (FLOWCONTROL-SUSPEND) for "
                            + millis / 1000 + " s");
                }
                try {
                    flowLock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TransportException("writing to " + port + " was interrupted");
                }
            }
        }
    }
}
