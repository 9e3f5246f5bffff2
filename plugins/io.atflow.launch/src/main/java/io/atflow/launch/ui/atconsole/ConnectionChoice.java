package io.atflow.launch.ui.atconsole;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;

import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.core.ConfigAttributes;
import io.atflow.launch.core.LaunchConfigs;

/**
 * What the AT console can connect to: the simulated module, or the target of an "ATFlow Script" launch
 * configuration (its serial settings, and for the simulated module its profile, states and faults, included).
 *
 * @param label    shown in the target combo
 * @param settings the configuration's settings; the target is read from them as for a run
 */
record ConnectionChoice(String label, LaunchSettings settings) {
    static final ConnectionChoice SIM = new ConnectionChoice("Simulated module (sim)", LaunchSettings.defaults(""));

    /** A typed target ({@code sim}, {@code tcp://...} or a serial port) with the default settings. */
    static ConnectionChoice typed(String target) {
        return new ConnectionChoice(target, LaunchSettings.defaults("").withTarget(target));
    }

    /** {@code sim}, {@code tcp://host:port} or a serial port. */
    String target() {
        return settings.target();
    }

    /** The simulated module first, then one choice per launch configuration. */
    static List<ConnectionChoice> all() {
        List<ConnectionChoice> out = new ArrayList<>();
        out.add(SIM);
        try {
            for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurations(LaunchConfigs.type())) {
                LaunchSettings s = ConfigAttributes.read(c);
                out.add(new ConnectionChoice(c.getName() + " \u2014 " + s.target(), s));
            }
        } catch (CoreException e) {
            // no configurations readable: the simulator remains
        }
        return out;
    }
}
