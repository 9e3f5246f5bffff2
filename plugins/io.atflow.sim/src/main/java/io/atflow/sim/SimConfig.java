package io.atflow.sim;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import io.atflow.sim.fault.FaultSpec;
import io.atflow.sim.net.HostTable;
import io.atflow.sim.net.Network;

/**
 * How a simulated module is set up. Immutable; the {@code with...} methods return changed copies. Defaults: an
 * EC25 with the application note's IMEI and addresses, a ready SIM on the home network, {@link Timing#FAST}, no
 * faults, and a network without an emulator (host names resolve with real DNS) — pass the platform's network to
 * reach the emulator.
 */
public record SimConfig(String name, ModuleProfile profile, String imei, String ipv4, String ipv6, Timing timing,
        Network network, Clock clock, List<FaultSpec> faults, DeviceState state) {
    /** The IMEI of the application note's module. */
    public static final String DEFAULT_IMEI = "864430010001091";
    public static final String DEFAULT_IPV4 = "10.113.242.215";
    public static final String DEFAULT_IPV6 = "2409:8930:434:5ACF:ACC8:DEB2:8B17:44DB";

    public SimConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(profile);
        Objects.requireNonNull(imei);
        Objects.requireNonNull(ipv4);
        Objects.requireNonNull(ipv6);
        Objects.requireNonNull(timing);
        Objects.requireNonNull(network);
        Objects.requireNonNull(clock);
        faults = List.copyOf(faults);
        Objects.requireNonNull(state);
    }

    public static SimConfig defaults() {
        return new SimConfig("sim", ModuleProfile.EC25, DEFAULT_IMEI, DEFAULT_IPV4, DEFAULT_IPV6, Timing.FAST,
                HostTable.internet(), Clock.systemUTC(), List.of(), DeviceState.READY);
    }

    public SimConfig withName(String value) {
        return new SimConfig(value, profile, imei, ipv4, ipv6, timing, network, clock, faults, state);
    }

    public SimConfig withProfile(ModuleProfile value) {
        return new SimConfig(name, value, imei, ipv4, ipv6, timing, network, clock, faults, state);
    }

    /** The IMEI (15 digits) that AT+CGSN prints. */
    public SimConfig withImei(String value) {
        if (value == null || !value.matches("[0-9]{15}")) {
            throw new IllegalArgumentException("IMEI \"" + value + "\" must be 15 digits");
        }
        return new SimConfig(name, profile, value, ipv4, ipv6, timing, network, clock, faults, state);
    }

    public SimConfig withTiming(Timing value) {
        return new SimConfig(name, profile, imei, ipv4, ipv6, value, network, clock, faults, state);
    }

    public SimConfig withNetwork(Network value) {
        return new SimConfig(name, profile, imei, ipv4, ipv6, timing, value, clock, faults, state);
    }

    /** The clock the module signs aliauth timestamps with. */
    public SimConfig withClock(Clock value) {
        return new SimConfig(name, profile, imei, ipv4, ipv6, timing, network, value, faults, state);
    }

    /** Faults scheduled from the module's start. */
    public SimConfig withFaults(List<FaultSpec> value) {
        return new SimConfig(name, profile, imei, ipv4, ipv6, timing, network, clock, value, state);
    }

    /** The condition the module is in at power-up: SIM, network, PDP context ({@link DeviceState#READY} by default). */
    public SimConfig withState(DeviceState value) {
        return new SimConfig(name, profile, imei, ipv4, ipv6, timing, network, clock, faults, value);
    }
}
