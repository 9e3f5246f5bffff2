package io.atflow.sim.basic;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+CMEE}: how errors are reported (0 ERROR, 1 numeric +CME ERROR, 2 verbose). */
public final class CmeeCommand implements CommandHandler {
    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case READ -> module.out().info("+CMEE: " + module.cmee());
            case TEST -> module.out().info("+CMEE: (0-2)");
            case WRITE -> module.cmee(command.arguments().count(1, 1).integer(0, 0, 2));
            case EXEC -> module.cmee(0);
        }
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
    }
}
