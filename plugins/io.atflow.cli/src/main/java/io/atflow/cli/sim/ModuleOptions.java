package io.atflow.cli.sim;

import java.util.List;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Options;
import io.atflow.run.RunTarget;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.ModuleSetup;
import io.atflow.sim.SimConfig;
import io.atflow.sim.run.SimTarget;

/**
 * The options that set up a simulated module, shared by {@code atflow sim} and {@code atflow run}:
 * {@code --profile NAME}, {@code --state STATE} (repeatable) and {@code --fault SPEC} (repeatable).
 */
public final class ModuleOptions {
    public static final Set<String> VALUED = Set.of("profile", "state", "fault");

    private ModuleOptions() {
    }

    /** The options as a usage line shows them (loads the simulator's profiles: call it for help only). */
    public static String synopsis() {
        return "[--profile " + String.join("|", ids()) + "] [--state STATE]... [--fault SPEC]...";
    }

    /** The simulator {@code target} set up by the options; other targets unchanged. */
    public static RunTarget apply(Options o, RunTarget target) throws CliException {
        return target instanceof SimTarget sim ? new SimTarget(apply(o, sim.config())) : target;
    }

    /** {@code config} with the profile, device state and faults the options name. */
    public static SimConfig apply(Options o, SimConfig config) throws CliException {
        try {
            return new ModuleSetup(o.get("profile"), o.all("state"), o.all("fault")).applyTo(config);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /** Whether any of the options is given. */
    public static boolean given(Options o) {
        return VALUED.stream().anyMatch(o::has);
    }

    private static List<String> ids() {
        return java.util.Arrays.stream(ModuleProfile.values()).map(ModuleProfile::id).toList();
    }
}
