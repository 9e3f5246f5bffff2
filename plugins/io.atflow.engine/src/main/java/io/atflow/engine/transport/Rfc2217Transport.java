package io.atflow.engine.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.atflow.engine.transport.telnet.ComPort;
import io.atflow.engine.transport.telnet.ComPortRequests;
import io.atflow.engine.transport.telnet.OptionNegotiator;
import io.atflow.engine.transport.telnet.Telnet;
import io.atflow.engine.transport.telnet.TelnetDecoder;
import io.atflow.engine.transport.telnet.TelnetEncoder;

/**
 * A serial port behind an RFC 2217 access server (ser2net {@code telnet(rfc2217)}, a labgrid exporter):
 * {@code rfc2217://host:port}. Data passes in telnet BINARY mode both ways with 255 (IAC) doubled; the serial
 * settings (baud, frame, flow control) and DTR/RTS are set with COM-PORT-OPTION commands on open and may be changed
 * while open ({@link #changeBaud}, {@link #setDtr}, {@link #setRts}, {@link #purge}).
 *
 * <p>
 * Every negotiation waits at most {@link #answerMillis}: an option or command the server does not answer (ser2net in
 * front of a pty never acknowledges DTR/RTS) becomes a warning, never a hang. A protocol thread reads the socket, so
 * answers arrive whether or not anyone reads data. The engine has no reconnect: a dropped connection ends the
 * transport ({@link #read} returns -1, and the channel reports that the port closed the connection).
 */
public final class Rfc2217Transport implements Transport {
    /** The default bound on each negotiation wait. */
    public static final long ANSWER_MILLIS = 2000;
    /** Longest a write waits while the server has suspended our output (FLOWCONTROL-SUSPEND). */
    public static final long SUSPEND_MILLIS = 10_000;
    /** SET-BAUDRATE 0 asks for the current rate (RFC 2217); used as a marker after commands. */
    private static final Rfc2217Settings.Command QUERY_BAUD = new Rfc2217Settings.Command(ComPort.SET_BAUDRATE, 0);
    private static final System.Logger LOG = System.getLogger(Rfc2217Transport.class.getName());

    private final String host;
    private final int port;
    private final SerialSettings settings;
    private final long answerMillis;
    private volatile Consumer<String> warn;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final ComPortRequests requests = new ComPortRequests();
    private final Object outLock = new Object();
    private volatile Socket socket;
    private volatile OutputStream out;
    private volatile InboundBytes inbound;
    private volatile OptionNegotiator options;
    private volatile boolean closed;
    private volatile Rfc2217Inbound handler;
    private volatile int baud;

    /** Waits {@link #ANSWER_MILLIS} per negotiation; warnings go to the {@code System.Logger} of this class. */
    public Rfc2217Transport(String host, int port, SerialSettings settings) {
        this(host, port, settings, ANSWER_MILLIS, null);
    }

    /**
     * @param settings     baud, frame and flow control to ask the server for (the settings' port name is ignored)
     * @param answerMillis bound on each wait for the server's answers
     * @param warnings     receives each warning sentence (null: the {@code System.Logger} of this class)
     */
    public Rfc2217Transport(String host, int port, SerialSettings settings, long answerMillis,
            Consumer<String> warnings) {
        this.host = host;
        this.port = port;
        this.settings = settings;
        this.answerMillis = answerMillis;
        this.warn = warnings != null ? warnings : w -> LOG.log(System.Logger.Level.WARNING, w);
        this.baud = settings.baud();
    }

    @Override
    public void open() throws TransportException {
        Socket s = SocketConnect.open(host, port, describe());
        InputStream in;
        try {
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            SocketConnect.closeQuietly(s);
            throw new TransportException("cannot connect to " + describe() + ": " + e.getMessage());
        }
        socket = s;
        closed = false;
        inbound = new InboundBytes();
        options = new OptionNegotiator(Set.of(Telnet.OPTION_BINARY, Telnet.OPTION_SGA, Telnet.OPTION_COM_PORT),
                Set.of(Telnet.OPTION_BINARY, Telnet.OPTION_SGA), this::sendRaw);
        InboundBytes queue = inbound;
        Rfc2217Inbound h = new Rfc2217Inbound(queue, options, requests, this::sendRaw, this::warning, describe());
        handler = h;
        Thread pump = new Thread(() -> pump(in, h, queue), "atflow-rfc2217 " + describe());
        pump.setDaemon(true);
        pump.start();
        try {
            options.request();
            if (!options.awaitAnswers(answerMillis)) {
                warning(describe() + " did not answer the telnet option requests " + options.unanswered() + " within "
                        + answerMillis + " ms; carrying on");
            }
            if (options.local(Telnet.OPTION_COM_PORT) == OptionNegotiator.Status.REFUSED) {
                warning(describe() + " refuses COM-PORT-OPTION (RFC 2217), so baud rate and frame stay as the"
                        + " server has them; for a raw TCP port write socket://" + hostPort());
                return;
            }
            List<ComPortRequests.Request> sent = new ArrayList<>();
            for (Rfc2217Settings.Command c : Rfc2217Settings.of(settings)) {
                sent.add(send(c));
            }
            settle(sent);
        } catch (IOException e) {
            close();
            throw new TransportException("the connection to " + describe() + " failed while setting up the serial"
                    + " port: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new TransportException("opening " + describe() + " was interrupted");
        }
    }

    /** Sends one COM-PORT-OPTION command, recorded so its answer can be awaited. */
    private ComPortRequests.Request send(Rfc2217Settings.Command c) throws IOException {
        ComPortRequests.Request r = requests.sent(c.command(), c.value());
        sendRaw(TelnetEncoder.subnegotiation(Telnet.OPTION_COM_PORT, c.payload()));
        return r;
    }

    /**
     * Waits (bounded) for the answers; a missing one or a different value is a warning. A query of the baud rate
     * (SET-BAUDRATE 0) follows the commands as a marker: once the server answered it, what it skipped before (ser2net
     * skips DTR/RTS on a pty) is known at once, without waiting out the bound.
     */
    private void settle(List<ComPortRequests.Request> sent) throws IOException, InterruptedException {
        ComPortRequests.Request marker = send(QUERY_BAUD);
        List<ComPortRequests.Request> missing = requests.await(sent, marker, answerMillis);
        if (!marker.answered() && !missing.isEmpty()) {
            requests.forget(marker); // the bound passed: a late answer must not be taken for a later request's
        }
        if (!missing.isEmpty()) {
            warning(describe() + " did not acknowledge " + String.join(", ",
                    missing.stream().map(ComPortRequests.Request::describe).toList()) + "; carrying on");
        }
        for (ComPortRequests.Request r : sent) {
            if (r.answered() && r.answer() != r.value() && r.answer() != -1) {
                warning(describe() + " answered " + r.describe() + " with " + r.answer() + " instead");
            }
        }
    }

    /**
     * Changes the serial speed of the open port, e.g. after {@code AT+IPR=9600} was acknowledged by the module.
     *
     * @return the rate the server reports it now uses (the requested one when it did not answer within the bound)
     */
    public int changeBaud(int newBaud) throws TransportException {
        if (newBaud <= 0) {
            throw new TransportException("baud rate " + newBaud + " for " + describe() + " is not a positive number");
        }
        ComPortRequests.Request r = command(ComPort.SET_BAUDRATE, newBaud);
        baud = r.answered() && r.answer() > 0 ? r.answer() : newBaud;
        return baud;
    }

    /** Raises or drops DTR; a server that does not acknowledge within the bound costs a warning. */
    public void setDtr(boolean on) throws TransportException {
        command(ComPort.SET_CONTROL, on ? ComPort.CONTROL_DTR_ON : ComPort.CONTROL_DTR_OFF);
    }

    /** Raises or drops RTS; a server that does not acknowledge within the bound costs a warning. */
    public void setRts(boolean on) throws TransportException {
        command(ComPort.SET_CONTROL, on ? ComPort.CONTROL_RTS_ON : ComPort.CONTROL_RTS_OFF);
    }

    /**
     * Chooses the line-state and modem-state changes the server notifies (RFC 2217 SET-LINESTATE-MASK and
     * SET-MODEMSTATE-MASK; by default the server notifies modem-state changes only). Line errors are warnings.
     */
    public void notifyOn(int lineStateMask, int modemStateMask) throws TransportException {
        command(ComPort.SET_LINESTATE_MASK, lineStateMask);
        command(ComPort.SET_MODEMSTATE_MASK, modemStateMask);
    }

    /** Discards the server's buffered data: {@link ComPort#PURGE_RECEIVE}, {@code _TRANSMIT} or {@code _BOTH}. */
    public void purge(int which) throws TransportException {
        command(ComPort.PURGE_DATA, which);
    }

    private ComPortRequests.Request command(int command, int value) throws TransportException {
        if (!isOpen()) {
            throw SocketConnect.closed(describe());
        }
        try {
            ComPortRequests.Request r = send(new Rfc2217Settings.Command(command, value));
            settle(List.of(r));
            return r;
        } catch (IOException e) {
            throw SocketConnect.failed(describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("changing " + describe() + " was interrupted");
        }
    }

    /** The baud rate in use: as requested, or as the server last reported it. */
    public int baud() {
        return baud;
    }

    /** The last NOTIFY-LINESTATE value, -1 before the first. */
    public int lineState() {
        Rfc2217Inbound h = handler;
        return h == null ? -1 : h.lineState();
    }

    /** The last NOTIFY-MODEMSTATE value (CD 0x80, RI 0x40, DSR 0x20, CTS 0x10, ...), -1 before the first. */
    public int modemState() {
        Rfc2217Inbound h = handler;
        return h == null ? -1 : h.modemState();
    }

    /** The warnings so far, in order. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void warnTo(Consumer<String> sink) {
        warn = sink;
    }

    private void warning(String sentence) {
        warnings.add(sentence);
        warn.accept(sentence);
    }

    /** Reads the socket until it ends, decoding it into {@code inbound}. */
    private void pump(InputStream in, Rfc2217Inbound handler, InboundBytes queue) {
        TelnetDecoder decoder = new TelnetDecoder(handler);
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                decoder.feed(buffer, 0, n);
            }
            queue.end(null);
        } catch (IOException e) {
            queue.end(closed ? null : SocketConnect.failed(describe(), e).getMessage());
        } finally {
            handler.resume();
        }
    }

    private void sendRaw(byte[] bytes) throws IOException {
        OutputStream o = out;
        if (o == null) {
            throw new IOException("not connected");
        }
        synchronized (outLock) {
            o.write(bytes);
            o.flush();
        }
    }

    @Override
    public int readPollMillis() {
        return SerialTransport.POLL_MILLIS;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws TransportException {
        InboundBytes q = inbound;
        if (q == null || closed) {
            return -1;
        }
        try {
            int n = q.take(buffer, offset, length, SerialTransport.POLL_MILLIS);
            if (n < 0 && !closed && q.failure() != null) {
                throw new TransportException(q.failure());
            }
            return closed ? -1 : n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return closed ? -1 : 0;
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        if (!isOpen()) {
            throw SocketConnect.closed(describe());
        }
        Rfc2217Inbound h = handler;
        if (h != null) {
            h.awaitResume(SUSPEND_MILLIS);
        }
        try {
            sendRaw(TelnetEncoder.escape(data, offset, length));
        } catch (IOException e) {
            throw SocketConnect.failed(describe(), e);
        }
    }

    @Override
    public boolean isOpen() {
        return socket != null && !closed;
    }

    @Override
    public String describe() {
        return SocketConnect.url(TransportSpec.RFC2217_SCHEME, host, port);
    }

    private String hostPort() {
        return describe().substring(TransportSpec.RFC2217_SCHEME.length());
    }

    @Override
    public void close() {
        closed = true;
        Socket s = socket;
        if (s != null) {
            SocketConnect.closeQuietly(s);
        }
        Rfc2217Inbound h = handler;
        if (h != null) {
            h.resume();
        }
    }
}
