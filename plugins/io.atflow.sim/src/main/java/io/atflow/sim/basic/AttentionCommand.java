package io.atflow.sim.basic;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT}: the module is alive. */
public final class AttentionCommand implements CommandHandler {
    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return Outcome.OK;
    }
}
