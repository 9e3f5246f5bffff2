package io.atflow.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.atflow.sim.fault.FaultSpec;

/**
 * The condition a bring-up script finds the module in: its (U)SIM, the network's coverage, how long the module
 * searches before it registers, and whether a PDP context is already active. Written as names
 * ({@code --state sim-pin --state roaming}); each dimension may be named once. The state holds at every power-up
 * (a SIM that asks for its PIN asks again after a reboot), except {@code pdp-active}, which describes the start.
 *
 * @param sim       the (U)SIM
 * @param simBusy   how long the SIM stays busy after power-up ({@link SimStatus#BUSY})
 * @param coverage  the network the module finds
 * @param searching how long the module searches before it registers (zero: registered at power-up)
 * @param pdpActive context 1 is already activated (an earlier {@code AT+QIACT=1}), so {@code AT+QIACT=1} fails
 */
public record DeviceState(SimStatus sim, Duration simBusy, Coverage coverage, Duration searching, boolean pdpActive) {
    /** The PIN of a SIM in {@link SimStatus#PIN_REQUIRED}. */
    public static final String PIN = "1234";
    public static final Duration DEFAULT_SIM_BUSY = Duration.ofSeconds(2);
    public static final Duration DEFAULT_SEARCHING = Duration.ofSeconds(5);
    /** A ready SIM, registered on the home network at power-up, no context activated by the host yet. */
    public static final DeviceState READY = new DeviceState(SimStatus.READY, Duration.ZERO, Coverage.HOME,
            Duration.ZERO, false);
    private static final String NAMES = "ready, no-sim, sim-pin, sim-busy[=<time>], home, roaming, no-service, "
            + "searching[=<time>], pdp-active";

    /** The (U)SIM's condition; {@code AT+CPIN?} and the CME error of commands that need the SIM follow it. */
    public enum SimStatus {
        READY, NOT_INSERTED, PIN_REQUIRED, BUSY
    }

    /** The network: registered home ({@code +CEREG} stat 1), roaming (5), or none (searching, stat 2, for good). */
    public enum Coverage {
        HOME, ROAMING, NONE
    }

    public DeviceState {
        Objects.requireNonNull(sim);
        Objects.requireNonNull(coverage);
        if (simBusy.isNegative() || searching.isNegative()) {
            throw new IllegalArgumentException("device state times must not be negative");
        }
        if (coverage == Coverage.NONE && !searching.isZero()) {
            throw new IllegalArgumentException("state searching ends in registration and no-service never registers; "
                    + "give one of them");
        }
        if (pdpActive && (sim != SimStatus.READY || coverage == Coverage.NONE || !searching.isZero())) {
            throw new IllegalArgumentException("state pdp-active needs a ready SIM and a module registered at "
                    + "power-up; it does not go with no-sim, sim-pin, sim-busy, no-service or searching");
        }
    }

    /** Parses state names, e.g. {@code sim-pin}, {@code searching=10s}; unknown names name the valid ones. */
    public static DeviceState parse(List<String> names) {
        SimStatus sim = null;
        Duration busy = Duration.ZERO;
        Coverage coverage = null;
        Duration searching = null;
        boolean pdp = false;
        for (String raw : names) {
            String text = raw.trim().toLowerCase(Locale.ROOT);
            int eq = text.indexOf('=');
            String name = eq < 0 ? text : text.substring(0, eq);
            String value = eq < 0 ? null : text.substring(eq + 1);
            if (value != null && !name.equals("sim-busy") && !name.equals("searching")) {
                throw new IllegalArgumentException("state \"" + raw + "\" takes no value; states are " + NAMES);
            }
            switch (name) {
                case "ready", "no-sim", "sim-pin", "sim-busy" -> {
                    once(sim != null, raw, "the SIM");
                    sim = switch (name) {
                        case "no-sim" -> SimStatus.NOT_INSERTED;
                        case "sim-pin" -> SimStatus.PIN_REQUIRED;
                        case "sim-busy" -> SimStatus.BUSY;
                        default -> SimStatus.READY;
                    };
                    if (sim == SimStatus.BUSY) {
                        busy = value == null ? DEFAULT_SIM_BUSY : FaultSpec.duration(value, "time of state " + raw);
                    }
                }
                case "home", "roaming", "no-service" -> {
                    once(coverage != null, raw, "the network");
                    coverage = name.equals("home") ? Coverage.HOME
                            : name.equals("roaming") ? Coverage.ROAMING : Coverage.NONE;
                }
                case "searching" -> {
                    once(searching != null, raw, "the search time");
                    searching = value == null ? DEFAULT_SEARCHING : FaultSpec.duration(value, "time of state " + raw);
                }
                case "pdp-active" -> pdp = true;
                default -> throw new IllegalArgumentException("unknown device state \"" + raw + "\"; use " + NAMES);
            }
        }
        return new DeviceState(sim == null ? SimStatus.READY : sim, busy, coverage == null ? Coverage.HOME : coverage,
                searching == null ? Duration.ZERO : searching, pdp);
    }

    public static DeviceState parse(String... names) {
        return parse(List.of(names));
    }

    private static void once(boolean already, String raw, String what) {
        if (already) {
            throw new IllegalArgumentException("state \"" + raw + "\" sets " + what + " a second time; give one");
        }
    }

    /** The names that differ from {@link #READY}, e.g. {@code [sim-pin, roaming]}; empty for the ready state. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        switch (sim) {
            case NOT_INSERTED -> out.add("no-sim");
            case PIN_REQUIRED -> out.add("sim-pin");
            case BUSY -> out.add("sim-busy=" + simBusy.toMillis() + "ms");
            case READY -> {
                // the default
            }
        }
        if (coverage != Coverage.HOME) {
            out.add(coverage == Coverage.ROAMING ? "roaming" : "no-service");
        }
        if (!searching.isZero()) {
            out.add("searching=" + searching.toMillis() + "ms");
        }
        if (pdpActive) {
            out.add("pdp-active");
        }
        return out;
    }
}
