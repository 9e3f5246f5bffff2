package io.atflow.sim.basic;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * A command that prints one fixed line without a prefix: {@code AT+CGSN}/{@code AT+GSN} (the IMEI),
 * {@code AT+CGMI}/{@code AT+GMI} (manufacturer), {@code AT+CGMM}/{@code AT+GMM} (model), {@code AT+CGMR}/
 * {@code AT+GMR} (revision), {@code AT+QGMR} (revision and build). The test form answers OK.
 */
public final class InfoLineCommand implements CommandHandler {
    private final String line;

    public InfoLineCommand(String line) {
        this.line = line;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return switch (command.form()) {
            case EXEC -> {
                module.out().info(line);
                yield Outcome.OK;
            }
            case TEST -> Outcome.OK;
            default -> Outcome.ERROR;
        };
    }
}
