package io.atflow.sim.cellular;

import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+QENG="servingcell"}: the serving cell, or {@code "SEARCH"} while the module looks for a network. */
public final class QengCommand implements CommandHandler {
    private final Radio radio;
    private final String servingCell;

    public QengCommand(Radio radio, String servingCell) {
        this.radio = radio;
        this.servingCell = servingCell;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QENG: \"servingcell\"");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        String type = command.arguments().count(1, 1).string(0);
        if (!type.equalsIgnoreCase("servingcell")) {
            return Outcome.ERROR;
        }
        module.out().info(radio.registered() ? servingCell : "+QENG: \"servingcell\",\"SEARCH\"");
        return Outcome.OK;
    }
}
