package io.atflow.engine.transport;

import java.util.Locale;

/**
 * What a {@code --port} value names: the simulated module ({@code sim}), a TCP endpoint ({@code tcp://host:port})
 * or a serial device ({@code /dev/ttyUSB2}, {@code COM5}). Callers map {@link Sim} to the simulator themselves.
 */
public sealed interface TransportSpec {
    /** The spelling of the simulated module. */
    String SIM = "sim";
    /** The scheme prefix of TCP endpoints. */
    String TCP_SCHEME = "tcp://";

    /** A human description, e.g. {@code tcp://127.0.0.1:5000}. */
    String describe();

    /** The built-in simulated module. */
    record Sim() implements TransportSpec {
        @Override
        public String describe() {
            return SIM;
        }
    }

    /** A TCP endpoint. */
    record Tcp(String host, int port) implements TransportSpec {
        @Override
        public String describe() {
            return TCP_SCHEME + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        public TcpTransport transport() {
            return new TcpTransport(host, port);
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
            throw new TransportException("no port given; use sim, tcp://host:port or a serial port such as /dev/ttyUSB2");
        }
        if (s.equalsIgnoreCase(SIM)) {
            return new Sim();
        }
        if (s.toLowerCase(Locale.ROOT).startsWith(TCP_SCHEME)) {
            return SpecSyntax.parseTcp(s, s.substring(TCP_SCHEME.length()));
        }
        int scheme = s.indexOf("://");
        if (scheme > 0) {
            throw new TransportException("unsupported port scheme \"" + s.substring(0, scheme + 3)
                    + "\" in \"" + s + "\"; use sim, tcp://host:port or a serial port");
        }
        if (SpecSyntax.looksLikeHostPort(s)) {
            throw new TransportException("port \"" + s + "\" looks like a network address; write tcp://" + s);
        }
        if (!SpecSyntax.SERIAL_NAME.matcher(s).matches()) {
            throw new TransportException("\"" + s
                    + "\" is not a serial port name; use a device such as /dev/ttyUSB2 or COM5, tcp://host:port or sim");
        }
        return new Serial(s);
    }
}
