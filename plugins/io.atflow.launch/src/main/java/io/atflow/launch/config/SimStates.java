package io.atflow.launch.config;

import java.util.List;

/**
 * The device states offered in the Main tab's States list: each {@code atflow run --state} name that differs from
 * a ready module on its home network, with what a bring-up script meets in it (the simulator's README, "Device
 * states"). Timed states start with their default times.
 */
public final class SimStates {
    /** A state name and a few words for the list. */
    public record Choice(String name, String description) {
    }

    public static final List<Choice> CHOICES = List.of(
            new Choice("no-sim", "no (U)SIM inserted"),
            new Choice("sim-pin", "the SIM asks for its PIN"),
            new Choice("sim-busy", "the SIM is busy for a while after power-up"),
            new Choice("roaming", "registered on a visited network"),
            new Choice("no-service", "no network found"),
            new Choice("searching", "searches a while before it registers"),
            new Choice("pdp-active", "PDP context 1 already active"));

    private SimStates() {
    }
}
