package io.atflow.sim.cellular;

import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+QIDEACT=<cid>}: deactivates a PDP context; links through it are lost. */
public final class QideactCommand implements CommandHandler {
    private final Radio radio;

    public QideactCommand(Radio radio) {
        this.radio = radio;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QIDEACT: (1-16)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        radio.deactivate(command.arguments().count(1, 1).integer(0, Radio.MIN_CID, Radio.MAX_CID));
        return Outcome.OK;
    }
}
