package io.atflow.sim.socket;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QSSLSTATE}: one {@code +QSSLSTATE:} line per SSL client opened with AT+QSSLOPEN, then OK (SSL
 * Application Notes of BG96 and EC2x). The simulator opens no SSL clients (AT+QSSLOPEN is not simulated; MQTT and
 * HTTP over TLS are not SSL clients), so the list is empty: OK alone, as a BG96 answers before any is opened
 * (Azure/embedded-wireless-framework issue 20).
 */
public final class QsslstateCommand implements CommandHandler {

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return switch (command.form()) {
            case EXEC, TEST -> Outcome.OK;
            default -> Outcome.ERROR;
        };
    }
}
