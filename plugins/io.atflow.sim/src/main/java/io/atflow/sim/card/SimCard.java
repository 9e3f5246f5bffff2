package io.atflow.sim.card;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.atflow.sim.DeviceState;
import io.atflow.sim.DeviceState.SimStatus;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.ModuleCore;

/**
 * The module's (U)SIM as the {@link DeviceState} describes it: ready, not inserted, asking for its PIN, or busy for
 * a while after power-up. At power-up it prints the SIM URCs ({@code +CPIN: NOT INSERTED}, {@code +CPIN: SIM PIN},
 * or the family's ready URCs such as {@code +CPIN: READY}, {@code +QUSIM: 1}, {@code +QIND: SMS DONE}); once ready it
 * tells its listeners (the radio registers). Runs on the module thread.
 */
public final class SimCard {
    private final ModuleCore module;
    private final SimStatus initial;
    private final Duration busyTime;
    private final List<String> readyUrcs;
    private final List<Consumer<Boolean>> readyListeners = new CopyOnWriteArrayList<>();
    private SimStatus status;
    /** Bumped at every power-up and reset, so a busy timer of an earlier power cycle does nothing. */
    private int generation;

    public SimCard(ModuleCore module, DeviceState state, List<String> readyUrcs) {
        this.module = module;
        this.initial = state.sim();
        this.busyTime = state.simBusy();
        this.readyUrcs = List.copyOf(readyUrcs);
        this.status = state.sim();
        module.onReset(() -> generation++);
    }

    /** Called with {@code true} when the SIM is ready at power-up, {@code false} when it becomes ready later. */
    public void onReady(Consumer<Boolean> listener) {
        readyListeners.add(listener);
    }

    /**
     * Power-up: the card is in its initial condition again. {@code announce} prints the URCs of that condition (a
     * boot); a module that is already running when the host attaches does not repeat them.
     */
    public void powerUp(boolean announce) {
        generation++;
        status = initial;
        switch (status) {
            case READY -> ready(announce, true);
            case NOT_INSERTED -> announce(announce, "+CPIN: NOT INSERTED");
            case PIN_REQUIRED -> announce(announce, "+CPIN: SIM PIN");
            case BUSY -> {
                int g = generation;
                module.schedule(busyTime, () -> {
                    if (g == generation) {
                        ready(true, false);
                    }
                });
            }
        }
    }

    public SimStatus status() {
        return status;
    }

    /** The {@code +CME ERROR} of a command that needs the SIM: 10 not inserted, 11 PIN required, 14 busy; -1 ready. */
    public int error() {
        return switch (status) {
            case NOT_INSERTED -> CmeError.SIM_NOT_INSERTED;
            case PIN_REQUIRED -> CmeError.SIM_PIN_REQUIRED;
            case BUSY -> CmeError.SIM_BUSY;
            case READY -> -1;
        };
    }

    /** {@code AT+CPIN=<pin>}: unlocks a SIM that asks for {@link DeviceState#PIN}; the ready URCs follow the OK. */
    Outcome enterPin(String pin) {
        return switch (status) {
            case READY -> Outcome.cme(CmeError.OPERATION_NOT_ALLOWED);
            case PIN_REQUIRED -> {
                if (!DeviceState.PIN.equals(pin)) {
                    yield Outcome.cme(CmeError.INCORRECT_PASSWORD);
                }
                int g = generation;
                module.post(() -> {
                    if (g == generation) {
                        ready(true, false);
                    }
                });
                yield Outcome.OK;
            }
            default -> Outcome.cme(error());
        };
    }

    private void ready(boolean announce, boolean atPowerUp) {
        status = SimStatus.READY;
        if (announce) {
            readyUrcs.forEach(module.out()::urc);
        }
        readyListeners.forEach(l -> l.accept(atPowerUp));
    }

    private void announce(boolean announce, String urc) {
        if (announce) {
            module.out().urc(urc);
        }
    }
}
