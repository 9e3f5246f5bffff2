package io.atflow.run;

import java.util.Objects;

import io.atflow.engine.transport.Rfc2217Transport;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.SerialTransport;
import io.atflow.engine.transport.TcpTransport;
import io.atflow.engine.transport.TransportException;
import io.atflow.engine.transport.TransportSpec;

/**
 * Where a script runs: a raw TCP endpoint ({@code tcp://host:port}, {@code socket://host:port}), a serial port behind
 * an RFC 2217 server ({@code rfc2217://host:port}), a serial port, or a target a {@link TargetProvider} contributes
 * (the simulated module of {@code io.atflow.sim}). {@link Targets#parse} reads a {@code --port} value;
 * {@link #open()} prepares the target for one run.
 */
public interface RunTarget {
    /** For messages, e.g. {@code sim}, {@code tcp://127.0.0.1:5000}, {@code /dev/ttyUSB2 115200 8N1}. */
    String describe();

    /**
     * Prepares the target: creates (without opening) the TCP or serial transport, so a missing port is reported when
     * the run opens it, as an {@code ERROR} result; a contributed target may start what it needs (the simulator).
     *
     * @throws TransportException one sentence, e.g. when the simulator's platform emulator cannot start
     */
    OpenTarget open() throws TransportException;

    static RunTarget tcp(String host, int port) {
        return new Tcp(host, port);
    }

    static RunTarget serial(SerialSettings settings) {
        return new Serial(settings);
    }

    /** A module (or {@code atflow sim --tcp}) behind a raw TCP port, written {@code tcp://} or {@code socket://}. */
    record Tcp(String scheme, String host, int port) implements RunTarget {
        public Tcp {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("TCP port " + port + " is not a number from 1 to 65535");
            }
        }

        public Tcp(String host, int port) {
            this(TransportSpec.TCP_SCHEME, host, port);
        }

        @Override
        public String describe() {
            return new TransportSpec.Tcp(scheme, host, port).describe();
        }

        @Override
        public OpenTarget open() {
            return OpenTarget.of(new TcpTransport(scheme, host, port));
        }
    }

    /** A module on a serial port behind an RFC 2217 access server (ser2net, a labgrid exporter). */
    record Rfc2217(String host, int port, SerialSettings settings) implements RunTarget {
        public Rfc2217 {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public String describe() {
            return new TransportSpec.Rfc2217(host, port).describe() + " " + settings.format();
        }

        @Override
        public OpenTarget open() {
            return OpenTarget.of(new Rfc2217Transport(host, port, settings));
        }
    }

    /** A module on a serial port. */
    record Serial(SerialSettings settings) implements RunTarget {
        public Serial {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public String describe() {
            return settings.port() + " " + settings.format();
        }

        @Override
        public OpenTarget open() {
            return OpenTarget.of(new SerialTransport(settings));
        }
    }
}
