package io.atflow.sim.replay;

import java.util.List;
import java.util.Objects;

import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.SimConfig;

/**
 * What a log's header declares about the module it was captured from, so that a replay starts where the log did:
 * the model ({@code profile}), the device state, the IMEI, the logged values that differ on every module
 * ({@code volatiles}, compared by shape and carried into later lines), and whether the capture stops before the
 * module fell silent ({@code openEnd}: what the module says after the last logged line is not compared).
 *
 * @param profile   the model, or null to keep the replaying module's
 * @param states    device state names ({@link DeviceState#parse}), empty for the ready default
 * @param imei      the IMEI the log shows, or null
 * @param volatiles logged values that may differ, compared by shape
 */
public record ReplaySetup(ModuleProfile profile, List<String> states, String imei, List<String> volatiles,
        boolean openEnd) {
    public static final ReplaySetup NONE = new ReplaySetup(null, List.of(), null, List.of(), false);

    public ReplaySetup {
        states = List.copyOf(states);
        volatiles = List.copyOf(volatiles);
    }

    /** {@code config} with the declared profile, state and IMEI; settings the log does not declare stay. */
    public SimConfig configure(SimConfig config) {
        SimConfig out = Objects.requireNonNull(config);
        if (profile != null) {
            out = out.withProfile(profile);
        }
        if (!states.isEmpty()) {
            out = out.withState(DeviceState.parse(states));
        }
        if (imei != null) {
            out = out.withImei(imei);
        }
        return out;
    }
}
