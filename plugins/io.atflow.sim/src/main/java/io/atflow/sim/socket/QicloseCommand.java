package io.atflow.sim.socket;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+QICLOSE=<connectID>[,<timeout>]}: closes the socket and frees its identity; OK. */
public final class QicloseCommand implements CommandHandler {
    private final SocketService sockets;

    public QicloseCommand(SocketService sockets) {
        this.sockets = sockets;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QICLOSE: (0-11),(0-65535)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(1, 2);
        int connectId = a.integer(0, 0, SocketService.MAX_CONNECT_ID);
        a.integerOr(1, 0, 65535, 10);
        return sockets.close(connectId);
    }

    @Override
    public Outcome badSyntax() {
        sockets.error(TcpipError.INVALID_PARAMETERS);
        return Outcome.ERROR;
    }
}
