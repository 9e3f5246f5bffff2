package io.atflow.sim.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.atflow.run.TargetOption;
import io.atflow.run.TargetOption.Choice;
import io.atflow.run.TargetOption.Kind;
import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.ModuleSetup;
import io.atflow.sim.SimConfig;
import io.atflow.sim.fault.FaultSpec;

/**
 * The simulated module's settings as {@link TargetOption}s, {@code atflow run --profile --state --fault} for front ends
 * that know only the interpreter's API (the IDE's launch configuration), and their reading through
 * {@link ModuleSetup}, the parsers of the command line.
 */
public final class SimOptions {
    /** A profile id ({@link ModuleProfile#id}). */
    public static final String PROFILE = "profile";
    /** Device state names that differ from a ready module. */
    public static final String STATES = "states";
    /** Fault specs, several in one value separated by commas or blanks. */
    public static final String FAULTS = "faults";

    /**
     * The device states offered: each {@code --state} name that differs from a ready module on its home network, with
     * what a bring-up script meets in it (README, "Device states"). Timed states start with their default times.
     */
    static final List<Choice> STATE_CHOICES = List.of(
            new Choice("no-sim", "no-sim", "no (U)SIM inserted"),
            new Choice("sim-pin", "sim-pin", "the SIM asks for its PIN"),
            new Choice("sim-busy", "sim-busy", "the SIM is busy for a while after power-up"),
            new Choice("roaming", "roaming", "registered on a visited network"),
            new Choice("no-service", "no-service", "no network found"),
            new Choice("searching", "searching", "searches a while before it registers"),
            new Choice("pdp-active", "pdp-active", "PDP context 1 already active"));

    private SimOptions() {
    }

    /** Profile (one of the profiles; the CLI's default), States (any of {@link #STATE_CHOICES}) and Faults (text). */
    static List<TargetOption> describe() {
        List<Choice> profiles = Arrays.stream(ModuleProfile.values())
                .map(p -> new Choice(p.id(), p.name(), p.identity().model())).toList();
        return List.of(
                new TargetOption(PROFILE, "Profile", Kind.ONE_OF, profiles,
                        List.of(SimConfig.defaults().profile().id()),
                        "The Quectel model the simulator answers as (ATI, AT+CGMM, AT+CGMR, its quirks)", ""),
                new TargetOption(STATES, "States", Kind.ANY_OF, STATE_CHOICES, List.of(),
                        "The condition the module is in at power-up; none: a ready SIM on the home network", ""),
                new TargetOption(FAULTS, "Faults", Kind.TEXT, List.of(), List.of(),
                        "Fault specs as atflow run --fault takes them: drop-link[=<client>][@<time>], reboot@<time>, "
                                + "noise[=<0..1>], slow=<pause>, chunk=<bytes>, deregister[=<time>][@<time>]; "
                                + "separated by commas or blanks",
                        "drop-link@5s, slow=20ms"));
    }

    /**
     * {@code config} set up with the options' values; a missing profile keeps the configuration's.
     *
     * @throws TargetOption.Invalid one sentence naming the setting (Profile, States or Faults)
     */
    static SimConfig applyTo(SimConfig config, Map<String, List<String>> options) {
        List<String> profile = options.getOrDefault(PROFILE, List.of());
        String id = profile.isEmpty() || profile.get(0).isBlank() ? null : profile.get(0).strip();
        List<String> states = options.getOrDefault(STATES, List.of());
        List<String> faults = new ArrayList<>();
        for (String typed : options.getOrDefault(FAULTS, List.of())) {
            Arrays.stream(typed.split("[,\\s]+")).filter(f -> !f.isEmpty()).forEach(faults::add);
        }
        if (id != null) {
            check("Profile", () -> ModuleProfile.parse(id));
        }
        check("States", () -> DeviceState.parse(states));
        faults.forEach(f -> check("Faults", () -> FaultSpec.parse(f)));
        return new ModuleSetup(id, states, faults).applyTo(config);
    }

    private static void check(String label, Supplier<?> parse) {
        try {
            parse.get();
        } catch (IllegalArgumentException e) {
            throw new TargetOption.Invalid(label, e.getMessage());
        }
    }
}
