package io.atflow.launch.interactive;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportException;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.config.LaunchTargets;
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
            t = RunTarget.parse(target, serial);
        } catch (IllegalArgumentException e) {
            throw new TransportException(e.getMessage(), e);
        }
        return new ConsoleConnection(t.open());
    }

    /**
     * The target of launch settings, read as a run reads it ({@link LaunchTargets#of}): for the simulated module with
     * its profile, states and faults.
     *
     * @throws TransportException one sentence naming the setting, or a simulator that cannot start
     */
    public static ConsoleConnection of(LaunchSettings settings) throws TransportException {
        RunTarget t;
        try {
            t = LaunchTargets.of(settings);
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
