package io.atflow.sim.socket;

import java.time.Duration;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.net.Network;

/**
 * {@code AT+QPING=<contextID>,"<host>"[,<timeout>[,<pingnum>]]} (defaults 4 s, 4 requests): OK, then a
 * {@code +QPING:} line per request and the summary (see {@link Pinger}). ERROR when the context is not active.
 */
public final class QpingCommand implements CommandHandler {
    private final SocketService sockets;
    private final Pinger pinger;
    private final Duration pause;

    /** @param pause between two echo requests (the simulator's network time) */
    public QpingCommand(SocketService sockets, Network network, Duration pause) {
        this.sockets = sockets;
        this.pinger = new Pinger(network);
        this.pause = pause;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QPING: (1-16),<host>,(1-255),(1-10)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(2, 4);
        int contextId = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
        String host = a.string(1, 150);
        if (host.isEmpty()) {
            throw new BadArgs("no host");
        }
        Duration timeout = Duration.ofSeconds(a.integerOr(2, 1, 255, 4));
        int count = a.integerOr(3, 1, 10, 4);
        if (!sockets.dataReady(contextId)) {
            sockets.error(TcpipError.PDP_OPEN_FAILED);
            return Outcome.ERROR;
        }
        sockets.error(TcpipError.OK);
        module.background("qping", () -> pinger.ping(host, timeout, count, pause,
                line -> module.post(() -> module.out().urc(line))));
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        sockets.error(TcpipError.INVALID_PARAMETERS);
        return Outcome.ERROR;
    }
}
