package io.atflow.run;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportException;
import io.atflow.engine.transport.TransportSpec;

/** The engine's transports as targets: {@code tcp://}, {@code socket://}, {@code rfc2217://} and serial ports. */
final class TransportTargets implements TargetProvider {
    private static final Set<String> SCHEMES = Set.of(TransportSpec.TCP_SCHEME, TransportSpec.SOCKET_SCHEME,
            TransportSpec.RFC2217_SCHEME);

    /** Every value but {@code sim} and other schemes than the transports' (malformed ones too: they get the error). */
    @Override
    public boolean accepts(String port) {
        String lower = port.toLowerCase(Locale.ROOT);
        int scheme = lower.indexOf("://");
        return scheme < 0 ? !lower.equals(TransportSpec.SIM) : SCHEMES.contains(lower.substring(0, scheme + 3));
    }

    @Override
    public List<String> forms() {
        return List.of("tcp://host:port", "socket://host:port", "rfc2217://host:port",
                "a serial port such as /dev/ttyUSB2");
    }

    @Override
    public RunTarget target(String port, SerialSettings serialDefaults) {
        TransportSpec spec;
        try {
            spec = TransportSpec.parse(port);
        } catch (TransportException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return switch (spec) {
            case TransportSpec.Tcp t -> new RunTarget.Tcp(t.scheme(), t.host(), t.port());
            case TransportSpec.Rfc2217 r -> new RunTarget.Rfc2217(r.host(), r.port(), serialDefaults == null
                    ? SerialSettings.of(r.describe()) : serialDefaults.withPort(r.describe()));
            case TransportSpec.Serial s -> RunTarget.serial(serialDefaults == null ? SerialSettings.of(s.port())
                    : serialDefaults.withPort(s.port()));
            case TransportSpec.Sim s -> throw new IllegalArgumentException("the engine has no simulator");
        };
    }
}
