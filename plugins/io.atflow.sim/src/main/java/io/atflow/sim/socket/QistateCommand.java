package io.atflow.sim.socket;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QISTATE?} / {@code AT+QISTATE}: every socket; {@code AT+QISTATE=0,<contextID>}: the sockets of a context;
 * {@code AT+QISTATE=1,<connectID>}: one socket. One {@code +QISTATE:} line each, then OK; the test form answers OK.
 */
public final class QistateCommand implements CommandHandler {
    private final SocketService sockets;

    public QistateCommand(SocketService sockets) {
        this.sockets = sockets;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> {
                return Outcome.OK;
            }
            case READ, EXEC -> module.out().info(sockets.states(s -> true));
            case WRITE -> {
                Args a = command.arguments().count(2, 2);
                if (a.integer(0, 0, 1) == 0) {
                    int contextId = a.integer(1, Radio.MIN_CID, Radio.MAX_CID);
                    module.out().info(sockets.states(s -> s.contextId == contextId));
                } else {
                    int connectId = a.integer(1, 0, SocketService.MAX_CONNECT_ID);
                    module.out().info(sockets.states(s -> s.connectId == connectId));
                }
            }
        }
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        sockets.error(TcpipError.INVALID_PARAMETERS);
        return Outcome.ERROR;
    }
}
