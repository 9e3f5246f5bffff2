package io.atflow.sim.card;

import io.atflow.sim.DeviceState.SimStatus;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QSIMSTAT?}: {@code +QSIMSTAT: <enable>,<inserted_status>}, 1 when a SIM is in the holder (locked or busy
 * included), 0 when none is ({@code +QSIMSTAT: 0,0} on a BG96 without its SIM, forums.quectel.com/t/6164);
 * {@code AT+QSIMSTAT=<enable>} switches the insertion report on or off. The setting is saved, so it survives a
 * reboot (the manual: "The configuration will be saved automatically").
 */
public final class QsimstatCommand implements CommandHandler {
    private final SimCard card;
    private int enable;

    public QsimstatCommand(SimCard card) {
        this.card = card;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info("+QSIMSTAT: (0,1)");
            case READ -> module.out().info("+QSIMSTAT: " + enable + ","
                    + (card.status() == SimStatus.NOT_INSERTED ? 0 : 1));
            case WRITE -> enable = command.arguments().count(1, 1).integer(0, 0, 1);
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }
}
