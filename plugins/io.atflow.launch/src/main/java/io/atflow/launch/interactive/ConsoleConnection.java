package io.atflow.launch.interactive;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.StreamTransport;
import io.atflow.engine.transport.Transport;
import io.atflow.engine.transport.TransportException;
import io.atflow.engine.transport.TransportSpec;
import io.atflow.sim.SimConfig;
import io.atflow.sim.platform.EmbeddedSim;

/**
 * The transport of an AT console: the simulated module with its embedded IoT platform, a TCP endpoint or a serial
 * port, and what must be closed with it (the simulator).
 *
 * @param transport the transport, not yet opened
 * @param resources closed after the transport (the simulator), or null
 */
public record ConsoleConnection(Transport transport, AutoCloseable resources) {

    /**
     * @param target {@code sim}, {@code tcp://host:port} or a serial port
     * @param serial speed, frame and flow control for a serial port
     */
    public static ConsoleConnection of(String target, SerialSettings serial) throws TransportException {
        return switch (TransportSpec.parse(target)) {
            case TransportSpec.Sim s -> {
                EmbeddedSim sim = EmbeddedSim.start(SimConfig.defaults());
                yield new ConsoleConnection(new StreamTransport(sim.fromModule(), sim.toModule(), TransportSpec.SIM),
                        sim);
            }
            case TransportSpec.Tcp tcp -> new ConsoleConnection(tcp.transport(), null);
            case TransportSpec.Serial port -> new ConsoleConnection(port.transport(serial), null);
        };
    }

    /** Closes the simulator, if any; the session closes the transport. */
    public void closeResources() {
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                // closing a simulator that already stopped
            }
        }
    }
}
