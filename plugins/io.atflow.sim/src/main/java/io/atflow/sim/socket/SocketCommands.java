package io.atflow.sim.socket;

import static io.atflow.sim.core.Forms.answer;
import static io.atflow.sim.core.Forms.change;
import static io.atflow.sim.core.Forms.line;
import static io.atflow.sim.core.Forms.print;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.net.Network;

/**
 * The TCP/IP commands of the TCP/IP Application Notes (EC2x, BG95/BG96): sockets, their data, DNS, ping, the last
 * error. Arguments that do not fit answer ERROR and, but for AT+QISDE, leave 552 (invalid parameters) for
 * AT+QIGETERROR.
 */
public final class SocketCommands {
    static final int MAX_SEND = 1460;

    private SocketCommands() {
    }

    /** @param pause the simulator's network time, between two echo requests of AT+QPING */
    public static void install(ModuleCore core, SocketService sockets, Network network, Duration pause) {
        Supplier<Outcome> invalid = () -> {
            sockets.error(TcpipError.INVALID_PARAMETERS);
            return Outcome.ERROR;
        };
        // AT+QIOPEN=<contextID>,<connectID>,"<service_type>","<IP_address>/<domain_name>",<remote_port>[,<local_port>
        // [,<access_mode>]]: OK, then +QIOPEN: <connectID>,<err>. TCP and UDP clients in buffer (0) or direct push (1)
        // access mode; transparent mode (2), "TCP LISTENER" and "UDP SERVICE" are not simulated: ERROR, and
        // AT+QIGETERROR says 555 (operation not supported)
        core.register("+QIOPEN", Forms.command().test("+QIOPEN: (1-16),(0-11),\"TCP/UDP/TCP LISTENER/UDP SERVICE\","
                + "\"<IP_address>/<domain_name>\",<remote_port>,<local_port>,(0-2)")
                .write((a, m) -> sockets.open(socket(a.count(5, 7)))).badSyntax(invalid));
        // AT+QICLOSE=<connectID>[,<timeout>]: closes the socket and frees its identity; OK
        core.register("+QICLOSE", Forms.over(core.command("+QICLOSE")).write((a, m) -> {
            int connectId = a.count(1, 2).integer(0, 0, SocketService.MAX_CONNECT_ID);
            a.integerOr(1, 0, 65535, 10);
            return sockets.close(connectId);
        }).badSyntax(invalid));
        // AT+QIRD=<connectID>[,<read_length>] (default 1500): +QIRD: <read_actual_length>, the data, OK;
        // AT+QIRD=<connectID>,0: +QIRD: <total_receive_length>,<have_read_length>,<unread_length>
        core.register("+QIRD", Forms.over(core.command("+QIRD")).write((a, m) -> sockets.read(
                a.count(1, 2).integer(0, 0, SocketService.MAX_CONNECT_ID),
                a.integerOr(1, 0, SocketService.MAX_READ, SocketService.MAX_READ))).badSyntax(invalid));
        // AT+QISDE=<echo>: whether the data after the > of AT+QISEND is echoed, 1 (the default) or 0; Azure's
        // embedded wireless framework switches it off on a BG96 (its issue 20 logs the OK)
        core.register("+QISDE", Forms.over(core.command("+QISDE"))
                .read(line(m -> "+QISDE: " + (sockets.dataEcho() ? 1 : 0)))
                .write(change((a, m) -> sockets.dataEcho(a.count(1, 1).integer(0, 0, 1) == 1))));
        // AT+QISTATE? / AT+QISTATE: every socket; =0,<contextID>: the sockets of a context; =1,<connectID>: one
        core.register("+QISTATE", Forms.command().test().read(print(m -> sockets.states(s -> true)))
                .exec(print(m -> sockets.states(s -> true))).write((a, m) -> qistate(a.count(2, 2), m, sockets))
                .badSyntax(invalid));
        // AT+QSSLSTATE: one line per SSL client opened with AT+QSSLOPEN, which the simulator does not open (MQTT
        // and HTTP over TLS are not SSL clients): OK alone, as a BG96 answers before any is opened (Azure's
        // embedded-wireless-framework issue 20)
        core.register("+QSSLSTATE", Forms.command().test().exec((a, m) -> Outcome.OK));
        DnsServers dns = new DnsServers();
        core.onReset(dns::reset);
        // AT+QIDNSCFG=<contextID>: +QIDNSCFG: <contextID>,"<pridnsaddr>","<secdnsaddr>"; with the addresses (dotted
        // IPv4) it sets them. The context must be active, as the manuals require
        core.register("+QIDNSCFG", Forms.command().test("+QIDNSCFG: (1-16),<pridnsaddr>,<secdnsaddr>")
                .write((a, m) -> qidnscfg(a.count(1, 3), m, sockets, dns)).badSyntax(invalid));
        core.register("+QIGETERROR", Forms.infoLine(
                () -> "+QIGETERROR: " + sockets.lastError() + "," + TcpipError.text(sockets.lastError())));
        Pinger pinger = new Pinger(network);
        // AT+QPING=<contextID>,"<host>"[,<timeout>[,<pingnum>]] (defaults 4 s, 4 requests): OK, then a +QPING: line
        // per request and the summary (see Pinger); ERROR when the context is not active
        core.register("+QPING", Forms.command().test("+QPING: (1-16),<host>,(1-255),(1-10)")
                .write((a, m) -> ping(a.count(2, 4), m, sockets, pinger, pause)).badSyntax(invalid));
        // AT+QISEND=<connectID>: >, data up to Ctrl-Z (ESC cancels); =<connectID>,<len>: >, exactly len bytes
        // (1-1460); then SEND OK, or ERROR when the socket is not connected; =<connectID>,0 answers the sent
        // counters. AT+QISENDEX=<connectID>,"<hex_string>" sends the bytes of a hex string without a prompt. The
        // "UDP SERVICE" form is not simulated (ERROR)
        core.register("+QISEND", Forms.command().test("+QISEND: (0-11),(0-" + MAX_SEND + ")")
                .write((a, m) -> send(a.count(1, 4), m, sockets)).badSyntax(invalid));
        core.register("+QISENDEX", Forms.command().test("+QISENDEX: (0-11),<hex_string>")
                .write((a, m) -> sendHex(a.count(2, 2), sockets)).badSyntax(invalid));
    }

    private static SimSocket socket(Args a) throws BadArgs {
        int contextId = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
        int connectId = a.integer(1, 0, SocketService.MAX_CONNECT_ID);
        String type = a.string(2);
        String host = host(a, 3);
        int remotePort = a.integer(4, 0, 65535);
        int localPort = a.integerOr(5, 0, 65535, 0);
        return new SimSocket(connectId, contextId, type, host, remotePort, localPort, a.integerOr(6, 0, 2, 0));
    }

    private static String host(Args a, int index) throws BadArgs {
        String host = a.string(index, 150);
        if (host.isEmpty()) {
            throw new BadArgs("no host");
        }
        return host;
    }

    private static Outcome qistate(Args a, ModuleCore module, SocketService sockets) throws BadArgs {
        if (a.integer(0, 0, 1) == 0) {
            int contextId = a.integer(1, Radio.MIN_CID, Radio.MAX_CID);
            return answer(module, sockets.states(s -> s.contextId == contextId));
        }
        int connectId = a.integer(1, 0, SocketService.MAX_CONNECT_ID);
        return answer(module, sockets.states(s -> s.connectId == connectId));
    }

    private static Outcome qidnscfg(Args a, ModuleCore module, SocketService sockets, DnsServers dns)
            throws BadArgs {
        int contextId = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
        String primary = a.has(1) ? address(a, 1) : null;
        String secondary = a.has(2) ? address(a, 2) : null;
        if (!sockets.dataReady(contextId)) {
            sockets.error(TcpipError.PDP_OPEN_FAILED);
            return Outcome.ERROR;
        }
        sockets.error(TcpipError.OK);
        if (primary != null || secondary != null) {
            dns.set(contextId, primary, secondary);
            return Outcome.OK;
        }
        String[] servers = dns.get(contextId);
        return answer(module, List.of("+QIDNSCFG: " + contextId + ",\"" + servers[0] + "\",\"" + servers[1] + "\""));
    }

    private static String address(Args a, int index) throws BadArgs {
        String s = a.string(index);
        if (!DnsServers.isIpv4(s)) {
            throw new BadArgs("not a dotted IPv4 address: " + s);
        }
        return s;
    }

    private static Outcome send(Args a, ModuleCore module, SocketService sockets) throws BadArgs {
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
                : DataRequest.exactly(length, Duration.ZERO, sink);
        module.expectData(sockets.dataEcho() ? request : request.withoutEcho());
        return Outcome.PENDING;
    }

    private static Outcome sendHex(Args a, SocketService sockets) throws BadArgs {
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

    private static Outcome ping(Args a, ModuleCore module, SocketService sockets, Pinger pinger, Duration pause)
            throws BadArgs {
        int contextId = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
        String host = host(a, 1);
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
}
