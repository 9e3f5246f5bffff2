package io.atflow.sim.socket;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QIOPEN=<contextID>,<connectID>,"<service_type>","<IP_address>/<domain_name>",<remote_port>[,<local_port>
 * [,<access_mode>]]}: OK, then {@code +QIOPEN: <connectID>,<err>}. TCP and UDP clients in buffer (0) or direct push
 * (1) access mode; transparent mode (2), "TCP LISTENER" and "UDP SERVICE" are not simulated: ERROR, and
 * AT+QIGETERROR says 555 (operation not supported).
 */
public final class QiopenCommand implements CommandHandler {
    private final SocketService sockets;

    public QiopenCommand(SocketService sockets) {
        this.sockets = sockets;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QIOPEN: (1-16),(0-11),\"TCP/UDP/TCP LISTENER/UDP SERVICE\","
                    + "\"<IP_address>/<domain_name>\",<remote_port>,<local_port>,(0-2)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(5, 7);
        int contextId = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
        int connectId = a.integer(1, 0, SocketService.MAX_CONNECT_ID);
        String type = a.string(2);
        String host = a.string(3, 150);
        if (host.isEmpty()) {
            throw new BadArgs("no host");
        }
        int remotePort = a.integer(4, 0, 65535);
        int localPort = a.integerOr(5, 0, 65535, 0);
        int accessMode = a.integerOr(6, 0, 2, 0);
        return sockets.open(new SimSocket(connectId, contextId, type, host, remotePort, localPort, accessMode));
    }

    @Override
    public Outcome badSyntax() {
        sockets.error(TcpipError.INVALID_PARAMETERS);
        return Outcome.ERROR;
    }
}
