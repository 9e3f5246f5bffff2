package io.atflow.sim.core;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;

/** One AT command of the module. Runs on the module's thread; writes information lines, returns the result. */
public interface CommandHandler {

    Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs;

    /** What the module answers when the parameters do not fit; Quectel's own commands answer plain ERROR. */
    default Outcome badSyntax() {
        return Outcome.ERROR;
    }
}
