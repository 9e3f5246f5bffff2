package io.atflow.sim.basic;

import io.atflow.sim.at.AtCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+CGSN} / {@code AT+GSN}: the IMEI on a line of its own. */
public final class SerialNumberCommand implements CommandHandler {
    private final String imei;

    public SerialNumberCommand(String imei) {
        this.imei = imei;
    }

    @Override
    public Outcome handle(AtCommand command, ModuleCore module) {
        return switch (command.form()) {
            case EXEC -> {
                module.out().info(imei);
                yield Outcome.OK;
            }
            case TEST -> Outcome.OK;
            default -> Outcome.ERROR;
        };
    }
}
