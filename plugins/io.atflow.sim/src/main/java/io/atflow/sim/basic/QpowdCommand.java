package io.atflow.sim.basic;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QPOWD[=<n>]}: OK, then {@code POWERED DOWN}, and the module is off until it is powered up again
 * ({@code n} 0 immediate or 1 normal power-down; the simulator does both the same way).
 */
public final class QpowdCommand implements CommandHandler {
    private final Runnable powerDown;

    public QpowdCommand(Runnable powerDown) {
        this.powerDown = powerDown;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case WRITE -> command.arguments().count(1, 1).integer(0, 0, 1);
            case EXEC -> {
                // normal power-down
            }
            case TEST -> {
                return Outcome.OK;
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        module.post(powerDown);
        return Outcome.OK;
    }
}
