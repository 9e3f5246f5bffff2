package io.atflow.sim.basic;

import java.util.List;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code ATI}: manufacturer, model and revision, one per line. */
public final class IdentificationCommand implements CommandHandler {
    private final List<String> lines;

    public IdentificationCommand(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        boolean plain = command.form() == Form.EXEC
                || command.form() == Form.WRITE && command.args().get(0).text().equals("0");
        if (!plain) {
            return Outcome.ERROR;
        }
        module.out().info(lines);
        return Outcome.OK;
    }
}
