package io.atflow.sim.basic;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code ATZ} and {@code AT&F} restore the default V.250 settings (echo on, numeric CME errors); {@code AT&W}
 * and {@code ATV1} are accepted as no-ops. ATV0 (numeric result codes) is not simulated and answers ERROR.
 */
public final class SettingsCommand implements CommandHandler {
    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        switch (command.name()) {
            case "Z", "&F" -> {
                module.echo(true);
                module.cmee(1);
                return Outcome.OK;
            }
            case "V" -> {
                return command.form() == Form.WRITE && command.args().get(0).text().equals("1") ? Outcome.OK
                        : Outcome.ERROR;
            }
            default -> {
                return Outcome.OK;
            }
        }
    }
}
