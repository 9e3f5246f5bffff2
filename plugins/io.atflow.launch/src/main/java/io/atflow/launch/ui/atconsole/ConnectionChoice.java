package io.atflow.launch.ui.atconsole;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportSpec;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.core.ConfigAttributes;
import io.atflow.launch.core.LaunchConfigs;

/**
 * What the AT console can connect to: the simulated module, or the target of an "ATFlow Script" launch
 * configuration (its serial settings included).
 *
 * @param label  shown in the target combo
 * @param target {@code sim}, {@code tcp://host:port} or a serial port
 * @param serial speed, frame and flow control for a serial target
 */
record ConnectionChoice(String label, String target, SerialSettings serial) {
    static final ConnectionChoice SIM = new ConnectionChoice("Simulated module (sim)", TransportSpec.SIM,
            SerialSettings.of(TransportSpec.SIM));

    /** The simulated module first, then one choice per launch configuration. */
    static List<ConnectionChoice> all() {
        List<ConnectionChoice> out = new ArrayList<>();
        out.add(SIM);
        try {
            for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurations(LaunchConfigs.type())) {
                LaunchSettings s = ConfigAttributes.read(c);
                out.add(new ConnectionChoice(c.getName() + " \u2014 " + s.target(), s.target(), s.serial()));
            }
        } catch (CoreException e) {
            // no configurations readable: the simulator remains
        }
        return out;
    }
}
