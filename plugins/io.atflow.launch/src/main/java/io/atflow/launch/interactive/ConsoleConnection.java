package io.atflow.launch.interactive;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportException;
import io.atflow.launch.core.InstalledTargets;
import io.atflow.run.OpenTarget;
import io.atflow.run.RunTarget;

/**
 * The target of an AT console, prepared as for a run ({@link RunTarget#open()}): the simulated module with its
 * embedded platform (whose registry resolves and masks the secrets of its devices), a TCP endpoint or a serial port.
 *
 * @param target the prepared target; the console session closes it
 */
public record ConsoleConnection(OpenTarget target) {

    /**
     * @param target {@code sim}, {@code tcp://host:port} or a serial port
     * @param serial speed, frame and flow control for a serial port
     * @throws TransportException one sentence, e.g. a malformed target or a simulator that cannot start
     */
    public static ConsoleConnection of(String target, SerialSettings serial) throws TransportException {
        RunTarget t;
        try {
            t = InstalledTargets.parse(target, serial);
        } catch (IllegalArgumentException e) {
            throw new TransportException(e.getMessage(), e);
        }
        return new ConsoleConnection(t.open());
    }

    /** Stops the simulator, if any; the session closes the transport. */
    public void closeResources() {
        target.close();
    }
}
