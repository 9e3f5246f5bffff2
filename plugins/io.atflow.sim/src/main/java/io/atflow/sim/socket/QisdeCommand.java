package io.atflow.sim.socket;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QISDE=<echo>} (TCP/IP Application Notes of BG96 and EC2x): whether the module echoes the data entered
 * after the {@code >} of AT+QISEND, 1 (the default) or 0; {@code AT+QISDE?} reads it, {@code AT+QISDE=?} gives
 * {@code (0,1)}. Azure's embedded wireless framework switches it off on a BG96 (its issue 20 logs the OK).
 */
public final class QisdeCommand implements CommandHandler {
    private final SocketService sockets;

    public QisdeCommand(SocketService sockets) {
        this.sockets = sockets;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info("+QISDE: (0,1)");
            case READ -> module.out().info("+QISDE: " + (sockets.dataEcho() ? 1 : 0));
            case WRITE -> sockets.dataEcho(command.arguments().count(1, 1).integer(0, 0, 1) == 1);
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }
}
