package io.atflow.cli.test;

import java.util.List;
import java.util.Objects;

import io.atflow.engine.transport.TransportSpec;

/**
 * One module of the pool, from {@code --ports} or a lab file.
 *
 * @param name    how reports name it ({@code ec25-a}; for {@code --ports} the port, {@code sim-2} when repeated)
 * @param port    {@code sim}, a serial device, {@code tcp://}, {@code socket://} or {@code rfc2217://host:port}
 * @param baud    the speed of a serial or RFC 2217 port; null: the default
 * @param profile the module's profile ({@code ec25}, a family such as {@code bg95}); null: unknown (a simulated
 *                module without one becomes the profile each script asks for)
 * @param tags    labels that {@code --tag} selects modules by
 */
public record LabModule(String name, String port, Integer baud, String profile, List<String> tags) {
    public LabModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(port, "port");
        tags = List.copyOf(tags);
    }

    /** Whether each script gets a fresh simulated module here. */
    public boolean simulated() {
        return TransportSpec.SIM.equals(port);
    }
}
