package io.atflow.sim;

import java.util.ArrayList;
import java.util.List;

import io.atflow.sim.fault.FaultSpec;

/**
 * A simulated module's set-up as a person writes it: a profile name, device state names and fault specs. One reading
 * for every front end: {@code atflow sim}/{@code atflow run} ({@code --profile}, {@code --state}, {@code --fault}) and
 * the IDE's launch configuration.
 *
 * @param profile a profile name ({@link ModuleProfile#parse}), or null to keep the configuration's
 * @param states  device state names ({@link DeviceState#parse})
 * @param faults  fault specs ({@link FaultSpec#parse})
 */
public record ModuleSetup(String profile, List<String> states, List<String> faults) {
    public ModuleSetup {
        states = List.copyOf(states);
        faults = List.copyOf(faults);
    }

    /**
     * {@code config} with the profile, device state and faults named here.
     *
     * @throws IllegalArgumentException one sentence naming the bad name or spec and the valid forms
     */
    public SimConfig applyTo(SimConfig config) {
        List<FaultSpec> parsed = new ArrayList<>();
        for (String f : faults) {
            parsed.add(FaultSpec.parse(f));
        }
        ModuleProfile p = profile == null ? config.profile() : ModuleProfile.parse(profile);
        return config.withProfile(p).withState(DeviceState.parse(states)).withFaults(parsed);
    }
}
