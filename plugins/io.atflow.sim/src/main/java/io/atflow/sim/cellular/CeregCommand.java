package io.atflow.sim.cellular;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+CEREG}: EPS network registration status; {@code =1}/{@code =2} enable the +CEREG URC. */
public final class CeregCommand implements CommandHandler {
    private final Radio radio;

    public CeregCommand(Radio radio) {
        this.radio = radio;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case READ -> module.out().info("+CEREG: " + radio.ceregMode() + "," + radio.stat()
                    + (radio.ceregMode() == 2 ? radio.location() : ""));
            case TEST -> module.out().info("+CEREG: (0-2)");
            case WRITE -> radio.ceregMode(command.arguments().count(1, 1).integer(0, 0, 2));
            case EXEC -> radio.ceregMode(0);
        }
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
    }
}
