package io.atflow.sim.socket;

import java.util.HexFormat;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QISEND=<connectID>}: {@code >}, data up to Ctrl-Z (ESC cancels); {@code AT+QISEND=<connectID>,<len>}:
 * {@code >}, exactly len bytes (1-1460); then SEND OK, or ERROR when the socket is not connected.
 * {@code AT+QISEND=<connectID>,0} answers the sent counters. {@code AT+QISENDEX=<connectID>,"<hex_string>"} sends
 * the bytes of a hex string without a prompt. The "UDP SERVICE" form is not simulated (ERROR).
 */
public final class QisendCommand implements CommandHandler {
    public static final int MAX_SEND = 1460;
    private final SocketService sockets;
    private final boolean hex;

    private QisendCommand(SocketService sockets, boolean hex) {
        this.sockets = sockets;
        this.hex = hex;
    }

    public static QisendCommand qisend(SocketService sockets) {
        return new QisendCommand(sockets, false);
    }

    public static QisendCommand qisendex(SocketService sockets) {
        return new QisendCommand(sockets, true);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info(hex ? "+QISENDEX: (0-11),<hex_string>" : "+QISEND: (0-11),(0-" + MAX_SEND + ")");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        return hex ? hex(command.arguments().count(2, 2)) : send(command.arguments().count(1, 4), module);
    }

    private Outcome hex(Args a) throws BadArgs {
        int connectId = a.integer(0, 0, SocketService.MAX_CONNECT_ID);
        String text = a.string(1, 2 * MAX_SEND);
        byte[] data;
        try {
            data = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new BadArgs("not a hex string");
        }
        return sockets.send(connectId, data);
    }

    private Outcome send(Args a, ModuleCore module) throws BadArgs {
        int connectId = a.integer(0, 0, SocketService.MAX_CONNECT_ID);
        if (a.size() > 2) {
            a.integer(1, 1, MAX_SEND);
            sockets.error(TcpipError.OPERATION_NOT_SUPPORTED);
            return Outcome.ERROR;
        }
        int length = a.integerOr(1, 0, MAX_SEND, -1);
        if (length == 0) {
            return sockets.sentCounters(connectId);
        }
        if (!sockets.canSend(connectId)) {
            return Outcome.ERROR;
        }
        DataRequest.Sink sink = data -> sockets.send(connectId, data);
        module.out().prompt();
        DataRequest request = length < 0 ? DataRequest.untilCtrlZ(MAX_SEND, sink)
                : DataRequest.exactly(length, java.time.Duration.ZERO, sink);
        module.expectData(sockets.dataEcho() ? request : request.withoutEcho());
        return Outcome.PENDING;
    }

    @Override
    public Outcome badSyntax() {
        sockets.error(TcpipError.INVALID_PARAMETERS);
        return Outcome.ERROR;
    }
}
