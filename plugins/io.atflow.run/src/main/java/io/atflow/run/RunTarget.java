package io.atflow.run;

import java.time.Duration;
import java.util.Objects;

import io.atflow.engine.transport.Rfc2217Transport;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.SerialTransport;
import io.atflow.engine.transport.TcpTransport;
import io.atflow.engine.transport.TransportException;
import io.atflow.engine.transport.TransportSpec;
import io.atflow.platform.PlatformException;
import io.atflow.sim.SimConfig;
import io.atflow.sim.Timing;
import io.atflow.sim.platform.EmbeddedSim;

/**
 * Where a script runs: the simulated module with the embedded platform emulator ({@code sim}, the default), a raw TCP
 * endpoint ({@code tcp://host:port}, {@code socket://host:port}), a serial port behind an RFC 2217 server
 * ({@code rfc2217://host:port}) or a serial port. {@link #open()} prepares it for one run.
 */
public sealed interface RunTarget {
    /**
     * The simulator's timing for runs: realistic in shape (delayed results come after their {@code OK}, a module
     * boots and registers) but quick, so an example runs in about a second. Tests use {@link Timing#FAST}.
     */
    Timing SIM_TIMING = new Timing(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMillis(300));

    /** For messages, e.g. {@code sim}, {@code tcp://127.0.0.1:5000}, {@code /dev/ttyUSB2 115200 8N1}. */
    String describe();

    /**
     * Prepares the target: starts the simulator and platform for {@code sim}; creates (without opening) the TCP or
     * serial transport otherwise, so a missing port is reported when the run opens it, as an {@code ERROR} result.
     *
     * @throws TransportException one sentence, e.g. when the embedded platform cannot start
     */
    OpenTarget open() throws TransportException;

    /**
     * Reads a {@code --port} value: {@code sim} (also null or blank), {@code tcp://host:port},
     * {@code socket://host:port}, {@code rfc2217://host:port} or a serial device.
     *
     * @param serialDefaults speed, frame and flow control for a serial port or an RFC 2217 port (null: 115200 8N1, no
     *                       flow control)
     * @throws IllegalArgumentException one sentence showing a correct form
     */
    static RunTarget parse(String port, SerialSettings serialDefaults) {
        if (port == null || port.isBlank()) {
            return sim();
        }
        TransportSpec spec;
        try {
            spec = TransportSpec.parse(port);
        } catch (TransportException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return switch (spec) {
            case TransportSpec.Sim s -> sim();
            case TransportSpec.Tcp t -> new Tcp(t.scheme(), t.host(), t.port());
            case TransportSpec.Rfc2217 r -> new Rfc2217(r.host(), r.port(), serialDefaults == null
                    ? SerialSettings.of(r.describe()) : serialDefaults.withPort(r.describe()));
            case TransportSpec.Serial s -> serial(serialDefaults == null ? SerialSettings.of(s.port())
                    : serialDefaults.withPort(s.port()));
        };
    }

    /** The simulated EC2x with the embedded platform emulator, at {@link #SIM_TIMING}. */
    static RunTarget sim() {
        return sim(SimConfig.defaults().withTiming(SIM_TIMING));
    }

    /** A simulated module set up by {@code config}; its network is replaced by the embedded emulator's. */
    static RunTarget sim(SimConfig config) {
        return new Sim(config);
    }

    static RunTarget tcp(String host, int port) {
        return new Tcp(host, port);
    }

    static RunTarget serial(SerialSettings settings) {
        return new Serial(settings);
    }

    /** The simulated module and the platform emulator, started for each run and stopped after it. */
    record Sim(SimConfig config) implements RunTarget {
        public Sim {
            Objects.requireNonNull(config, "config");
        }

        @Override
        public String describe() {
            return TransportSpec.SIM;
        }

        @Override
        public OpenTarget open() throws TransportException {
            try {
                return OpenTarget.simulated(EmbeddedSim.start(config));
            } catch (PlatformException e) {
                throw new TransportException("the simulator's platform emulator did not start: " + e.getMessage(), e);
            }
        }
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
