package io.atflow.sim.basic;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code ATE0} / {@code ATE1}: command echo off or on ({@code ATE} alone means ATE0). */
public final class EchoCommand implements CommandHandler {
    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        return switch (command.form()) {
            case EXEC -> set(module, false);
            case WRITE -> set(module, command.arguments().integer(0, 0, 1) == 1);
            default -> Outcome.ERROR;
        };
    }

    private static Outcome set(ModuleCore module, boolean on) {
        module.echo(on);
        return Outcome.OK;
    }
}
