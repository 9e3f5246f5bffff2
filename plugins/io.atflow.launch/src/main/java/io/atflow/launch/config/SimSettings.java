package io.atflow.launch.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.ModuleSetup;
import io.atflow.sim.SimConfig;
import io.atflow.sim.fault.FaultSpec;

/**
 * How the simulated module of a launch is set up, as the Main tab shows it: the profile (a {@link ModuleProfile} id),
 * the device states that differ from a ready module, and the faults as typed (specs separated by commas or blanks).
 * Read by the same parsers as {@code atflow run --profile --state --fault} ({@link ModuleSetup}).
 *
 * @param profile a profile id such as {@code bg95}
 * @param states  device state names such as {@code sim-pin}
 * @param faults  fault specs as typed, e.g. {@code drop-link@5s, slow=20ms}
 */
public record SimSettings(String profile, List<String> states, String faults) {
    /** The CLI's default module: the profile {@code atflow run} simulates without {@code --profile}. */
    public static final SimSettings DEFAULT = new SimSettings(SimConfig.defaults().profile().id(), List.of(), "");

    public SimSettings {
        profile = profile == null || profile.isBlank() ? SimConfig.defaults().profile().id() : profile.strip();
        states = List.copyOf(states == null ? List.of() : states);
        faults = faults == null ? "" : faults.strip();
    }

    static SimSettings read(LaunchSettings.Attributes a) {
        return new SimSettings(a.get(LaunchAttributes.PROFILE, DEFAULT.profile),
                a.get(LaunchAttributes.STATES, DEFAULT.states), a.get(LaunchAttributes.FAULTS, DEFAULT.faults));
    }

    void write(LaunchSettings.Attributes a) {
        a.set(LaunchAttributes.PROFILE, profile);
        a.set(LaunchAttributes.STATES, states);
        a.set(LaunchAttributes.FAULTS, faults);
    }

    /** The fault specs of the Faults field, one per comma- or blank-separated word. */
    public List<String> faultSpecs() {
        return faults.isEmpty() ? List.of() : Arrays.stream(faults.split("[,\\s]+")).filter(f -> !f.isEmpty()).toList();
    }

    /** What {@code atflow run} would be given as {@code --profile}, {@code --state}s and {@code --fault}s. */
    public ModuleSetup setup() {
        return new ModuleSetup(profile, states, faultSpecs());
    }

    /** The first problem as one sentence naming the setting (Profile, States or Faults), or empty. */
    public Optional<String> problem() {
        return check("Profile", () -> ModuleProfile.parse(profile))
                .or(() -> check("States", () -> DeviceState.parse(states)))
                .or(() -> faultSpecs().stream().map(f -> check("Faults", () -> FaultSpec.parse(f)))
                        .flatMap(Optional::stream).findFirst());
    }

    private static Optional<String> check(String setting, Runnable parse) {
        try {
            parse.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage().strip();
            return Optional.of(setting + ": " + m + (m.endsWith(".") ? "" : "."));
        }
    }
}
