package io.atflow.sim.basic;

import java.util.function.Supplier;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * A command whose execute form prints one line: {@code AT+CGSN}/{@code AT+GSN} (the IMEI), {@code AT+CGMI}/
 * {@code AT+GMI} (manufacturer), {@code AT+CGMM}/{@code AT+GMM} (model), {@code AT+CGMR}/{@code AT+GMR} (revision),
 * {@code AT+QGMR} (revision and build), each fixed, and {@code AT+QIGETERROR} (the last TCP/IP error, read when
 * asked). The test form answers OK.
 */
public final class InfoLineCommand implements CommandHandler {
    private final Supplier<String> line;

    public InfoLineCommand(String line) {
        this(() -> line);
    }

    public InfoLineCommand(Supplier<String> line) {
        this.line = line;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return switch (command.form()) {
            case EXEC -> {
                module.out().info(line.get());
                yield Outcome.OK;
            }
            case TEST -> Outcome.OK;
            default -> Outcome.ERROR;
        };
    }
}
