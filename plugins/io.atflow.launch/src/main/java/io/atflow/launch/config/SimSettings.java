package io.atflow.launch.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the simulated module of a launch is set up, as the Main tab shows it and the configuration stores it: the
 * profile, the device states that differ from a ready module, and the faults as typed. They reach the simulator as
 * its target's options ({@link #options()}, {@code io.atflow.run.TargetOption}), read by the simulator's own parsers,
 * those of {@code atflow run --profile --state --fault}.
 *
 * @param profile a profile id such as {@code bg95}; empty: the simulator's default
 * @param states  device state names such as {@code sim-pin}
 * @param faults  fault specs as typed, e.g. {@code drop-link@5s, slow=20ms}
 */
public record SimSettings(String profile, List<String> states, String faults) {
    /** The option keys of the simulator's target (its provider's {@code SimOptions}). */
    public static final String PROFILE = "profile";
    public static final String STATES = "states";
    public static final String FAULTS = "faults";

    /** The CLI's default module: what {@code atflow run} simulates without {@code --profile}. */
    public static final SimSettings DEFAULT = new SimSettings("", List.of(), "");

    public SimSettings {
        profile = profile == null ? "" : profile.strip();
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

    /** The values by option key; an empty profile or fault field is left out. */
    public Map<String, List<String>> options() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        if (!profile.isEmpty()) {
            o.put(PROFILE, List.of(profile));
        }
        o.put(STATES, states);
        if (!faults.isEmpty()) {
            o.put(FAULTS, List.of(faults));
        }
        return o;
    }
}
