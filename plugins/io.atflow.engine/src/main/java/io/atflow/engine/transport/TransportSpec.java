package io.atflow.engine.transport;

import java.util.Locale;

/**
 * What a {@code --port} value names: the simulated module ({@code sim}), a raw TCP endpoint ({@code tcp://host:port}
 * or {@code socket://host:port}), a serial port behind an RFC 2217 server ({@code rfc2217://host:port}) or a serial
 * device ({@code /dev/ttyUSB2}, {@code COM5}). Callers map {@link Sim} to the simulator themselves.
 */
public sealed interface TransportSpec {
    /** The spelling of the simulated module. */
    String SIM = "sim";
    /** The scheme prefix of TCP endpoints. */
    String TCP_SCHEME = "tcp://";
    /** The scheme prefix of raw TCP serial ports (ser2net raw, labgrid); the same stream as {@code tcp://}. */
    String SOCKET_SCHEME = "socket://";
    /** The scheme prefix of serial ports behind an RFC 2217 (telnet COM-PORT-OPTION) server. */
    String RFC2217_SCHEME = "rfc2217://";
    /** The accepted forms, for messages. */
    String FORMS = "sim, tcp://host:port, socket://host:port, rfc2217://host:port or a serial port such as"
            + " /dev/ttyUSB2";

    /** A human description, e.g. {@code tcp://127.0.0.1:5000}. */
    String describe();

    /** The built-in simulated module. */
    record Sim() implements TransportSpec {
        @Override
        public String describe() {
            return SIM;
        }
    }

    /** A raw TCP endpoint, written {@code tcp://} or {@code socket://} ({@link #scheme}). */
    record Tcp(String scheme, String host, int port) implements TransportSpec {
        public Tcp(String host, int port) {
            this(TCP_SCHEME, host, port);
        }

        @Override
        public String describe() {
            return SocketConnect.url(scheme, host, port);
        }

        public TcpTransport transport() {
            return new TcpTransport(scheme, host, port);
        }
    }

    /** A serial port behind an RFC 2217 access server. */
    record Rfc2217(String host, int port) implements TransportSpec {
        @Override
        public String describe() {
            return SocketConnect.url(RFC2217_SCHEME, host, port);
        }

        /** A transport asking the server for the given speed, frame and flow control (the port name is ignored). */
        public Rfc2217Transport transport(SerialSettings settings) {
            return new Rfc2217Transport(host, port, settings);
        }
    }

    /** A serial device by its system name. */
    record Serial(String port) implements TransportSpec {
        @Override
        public String describe() {
            return port;
        }

        /** A transport with the given speed, frame and flow control on this port. */
        public SerialTransport transport(SerialSettings settings) {
            return new SerialTransport(settings.withPort(port));
        }
    }

    /** Classifies a port string; malformed input fails with one sentence that shows a correct form. */
    static TransportSpec parse(String text) throws TransportException {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new TransportException("no port given; use " + FORMS);
        }
        if (s.equalsIgnoreCase(SIM)) {
            return new Sim();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {TCP_SCHEME, SOCKET_SCHEME}) {
            if (lower.startsWith(scheme)) {
                SpecSyntax.HostPort a = SpecSyntax.parseHostPort(s, scheme);
                return new Tcp(scheme, a.host(), a.port());
            }
        }
        if (lower.startsWith(RFC2217_SCHEME)) {
            SpecSyntax.HostPort a = SpecSyntax.parseHostPort(s, RFC2217_SCHEME);
            return new Rfc2217(a.host(), a.port());
        }
        int scheme = s.indexOf("://");
        if (scheme > 0) {
            throw new TransportException("unsupported port scheme \"" + s.substring(0, scheme + 3)
                    + "\" in \"" + s + "\"; use " + FORMS);
        }
        if (SpecSyntax.looksLikeHostPort(s)) {
            throw new TransportException("port \"" + s + "\" looks like a network address; write tcp://" + s
                    + " (raw TCP) or rfc2217://" + s + " (RFC 2217 server)");
        }
        if (!SpecSyntax.SERIAL_NAME.matcher(s).matches()) {
            throw new TransportException("\"" + s
                    + "\" is not a serial port name; use a device such as /dev/ttyUSB2 or COM5, tcp://host:port,"
                    + " rfc2217://host:port or sim");
        }
        return new Serial(s);
    }
}
