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
 * {@code AT+QIDNSCFG=<contextID>}: {@code +QIDNSCFG: <contextID>,"<pridnsaddr>","<secdnsaddr>"};
 * {@code AT+QIDNSCFG=<contextID>,"<pridnsaddr>"[,"<secdnsaddr>"]} sets them (dotted IPv4). The context must be
 * active, as the manuals require.
 */
public final class QidnscfgCommand implements CommandHandler {
    private final SocketService sockets;
    private final DnsServers dns = new DnsServers();

    public QidnscfgCommand(SocketService sockets, ModuleCore module) {
        this.sockets = sockets;
        module.onReset(dns::reset);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QIDNSCFG: (1-16),<pridnsaddr>,<secdnsaddr>");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(1, 3);
        int contextId = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
        String primary = a.has(1) ? address(a, 1) : null;
        String secondary = a.has(2) ? address(a, 2) : null;
        if (!sockets.dataReady(contextId)) {
            sockets.error(TcpipError.PDP_OPEN_FAILED);
            return Outcome.ERROR;
        }
        sockets.error(TcpipError.OK);
        if (primary == null && secondary == null) {
            String[] servers = dns.get(contextId);
            module.out().info("+QIDNSCFG: " + contextId + ",\"" + servers[0] + "\",\"" + servers[1] + "\"");
        } else {
            dns.set(contextId, primary, secondary);
        }
        return Outcome.OK;
    }

    private static String address(Args a, int index) throws BadArgs {
        String s = a.string(index);
        if (!DnsServers.isIpv4(s)) {
            throw new BadArgs("not a dotted IPv4 address: " + s);
        }
        return s;
    }

    @Override
    public Outcome badSyntax() {
        sockets.error(TcpipError.INVALID_PARAMETERS);
        return Outcome.ERROR;
    }
}
