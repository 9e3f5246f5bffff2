package io.atflow.sim.socket;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+QIGETERROR}: {@code +QIGETERROR: <err>,<errcode_description>} of the last TCP/IP command. */
public final class QigeterrorCommand implements CommandHandler {
    private final SocketService sockets;

    public QigeterrorCommand(SocketService sockets) {
        this.sockets = sockets;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return switch (command.form()) {
            case TEST -> Outcome.OK;
            case EXEC -> {
                int err = sockets.lastError();
                module.out().info("+QIGETERROR: " + err + "," + TcpipError.text(err));
                yield Outcome.OK;
            }
            default -> Outcome.ERROR;
        };
    }
}
