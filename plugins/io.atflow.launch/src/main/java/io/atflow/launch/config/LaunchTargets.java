package io.atflow.launch.config;

import io.atflow.engine.transport.TransportException;
import io.atflow.engine.transport.TransportSpec;
import io.atflow.launch.core.InstalledTargets;
import io.atflow.run.RunTarget;
import io.atflow.sim.run.SimTarget;

/**
 * Where a launch runs, read as {@code atflow run} reads {@code --port}: the installed targets ({@link InstalledTargets}) for the target, and for
 * the simulated module the profile, states and faults through {@link io.atflow.sim.ModuleSetup}, as the CLI's
 * {@code --profile}, {@code --state} and {@code --fault}.
 */
public final class LaunchTargets {
    private LaunchTargets() {
    }

    /**
     * @throws IllegalArgumentException one sentence naming the setting (the target, Profile, States or Faults)
     */
    public static RunTarget of(LaunchSettings s) {
        RunTarget target;
        try {
            target = InstalledTargets.parse(s.target(), s.serial());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Target: " + e.getMessage() + ".", e);
        }
        if (target instanceof SimTarget sim) {
            s.sim().problem().ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
            return new SimTarget(s.sim().setup().applyTo(sim.config()));
        }
        return target;
    }

    /** Whether the settings run against the simulated module. */
    public static boolean isSim(LaunchSettings s) {
        try {
            return TransportSpec.parse(s.target()) instanceof TransportSpec.Sim;
        } catch (TransportException e) {
            return false;
        }
    }
}
