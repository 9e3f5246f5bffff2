package io.atflow.launch.config;

import java.util.Optional;

import io.atflow.launch.core.InstalledTargets;
import io.atflow.run.RunTarget;
import io.atflow.run.TargetOption;

/**
 * Where a launch runs, read as {@code atflow run} reads {@code --port}: the installed targets ({@link InstalledTargets})
 * for the target, set up with the simulated module's profile, states and faults as the target's options (read by
 * the simulator's provider, as the CLI's {@code --profile}, {@code --state} and {@code --fault}).
 */
public final class LaunchTargets {
    private LaunchTargets() {
    }

    /**
     * @throws IllegalArgumentException one sentence naming the setting (the target, Profile, States or Faults)
     */
    public static RunTarget of(LaunchSettings s) {
        try {
            return InstalledTargets.parse(s.target(), s.serial(), s.sim().options());
        } catch (TargetOption.Invalid e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Target: " + e.getMessage() + ".", e);
        }
    }

    /**
     * The first problem of the simulated module's settings as one sentence naming the setting, or empty; other
     * targets take none of them.
     */
    public static Optional<String> simProblem(LaunchSettings s) {
        try {
            InstalledTargets.parse(s.target(), s.serial(), s.sim().options());
            return Optional.empty();
        } catch (TargetOption.Invalid e) {
            return Optional.of(e.getMessage());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the target's own problem, reported as such
        }
    }
}
