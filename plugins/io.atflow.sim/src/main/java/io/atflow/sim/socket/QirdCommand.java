package io.atflow.sim.socket;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QIRD=<connectID>[,<read_length>]} (default 1500): {@code +QIRD: <read_actual_length>}, the data, OK;
 * {@code AT+QIRD=<connectID>,0}: {@code +QIRD: <total_receive_length>,<have_read_length>,<unread_length>}.
 */
public final class QirdCommand implements CommandHandler {
    private final SocketService sockets;

    public QirdCommand(SocketService sockets) {
        this.sockets = sockets;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QIRD: (0-11),(0-" + SocketService.MAX_READ + ")");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(1, 2);
        int connectId = a.integer(0, 0, SocketService.MAX_CONNECT_ID);
        return sockets.read(connectId, a.integerOr(1, 0, SocketService.MAX_READ, SocketService.MAX_READ));
    }

    @Override
    public Outcome badSyntax() {
        sockets.error(TcpipError.INVALID_PARAMETERS);
        return Outcome.ERROR;
    }
}
