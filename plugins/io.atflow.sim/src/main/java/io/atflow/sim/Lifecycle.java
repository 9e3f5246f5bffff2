package io.atflow.sim;

import io.atflow.sim.card.SimCard;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.ModuleCore;

/**
 * Power-up, reset and power-down of one simulated module, as its profile and device state say: the boot burst is
 * the profile's power-on URCs ({@code RDY}, {@code +CFUN: 1} or {@code APP RDY}) followed by the SIM's URCs; a reset
 * the host asks for ({@code AT+CFUN=1,1}) and {@code AT+QPOWD} first say {@code POWERED DOWN}.
 */
final class Lifecycle {
    private final ModuleCore core;
    private final ModuleProfile profile;
    private final Timing timing;
    private final SimCard sim;
    private final Radio radio;
    private final DeviceState state;

    Lifecycle(ModuleCore core, ModuleProfile profile, Timing timing, SimCard sim, Radio radio, DeviceState state) {
        this.core = core;
        this.profile = profile;
        this.timing = timing;
        this.sim = sim;
        this.radio = radio;
        this.state = state;
    }

    /** The module is already running when the host attaches: no boot URCs, but the state's timers start now. */
    void start() {
        sim.powerUp(false);
        if (state.pdpActive()) {
            radio.markActivated(1);
        }
    }

    /** A power cycle without warning (fault injection; also powers on a module that is off). */
    void powerCycle() {
        core.reboot(timing.boot(), this::booted);
    }

    /** {@code AT+CFUN=1,1}: {@code POWERED DOWN}, then the boot. */
    void restart() {
        core.post(() -> core.out().urc("POWERED DOWN"));
        powerCycle();
    }

    /** {@code AT+QPOWD}: {@code POWERED DOWN}, then silence until a power cycle. */
    void powerDown() {
        core.post(() -> core.out().urc("POWERED DOWN"));
        core.powerOff();
    }

    private void booted() {
        profile.powerOnUrcs().forEach(core.out()::urc);
        sim.powerUp(true);
    }
}
