package io.atflow.sim;

import io.atflow.sim.basic.InfoLineCommand;
import io.atflow.sim.card.QinistatCommand;
import io.atflow.sim.card.QsimstatCommand;
import io.atflow.sim.card.SimCard;
import io.atflow.sim.card.SimCardCommand;
import io.atflow.sim.card.SimIdentity;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.config.QcfgSettings;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.http.HttpSession;
import io.atflow.sim.http.QhttpcfgSettings;
import io.atflow.sim.http.QhttpgetCommand;
import io.atflow.sim.socket.QicloseCommand;
import io.atflow.sim.socket.QidnscfgCommand;
import io.atflow.sim.socket.QisdeCommand;
import io.atflow.sim.socket.QsslstateCommand;
import io.atflow.sim.socket.TcpipError;
import io.atflow.sim.socket.QiopenCommand;
import io.atflow.sim.socket.QirdCommand;
import io.atflow.sim.socket.QisendCommand;
import io.atflow.sim.socket.QistateCommand;
import io.atflow.sim.socket.QpingCommand;
import io.atflow.sim.socket.SocketService;

/**
 * The commands people use around the application note's flows: the (U)SIM's identity (AT+CIMI, AT+QCCID,
 * AT+QINISTAT, AT+QSIMSTAT), TCP/IP sockets of the TCP/IP Application Notes (AT+QIOPEN, AT+QISEND, AT+QISENDEX,
 * AT+QIRD, AT+QISTATE, AT+QICLOSE, AT+QIDNSCFG, AT+QIGETERROR, AT+QPING), HTTP settings and GET (AT+QHTTPCFG,
 * AT+QHTTPGET) and AT+QCFG.
 */
final class CompanionCommands {
    private CompanionCommands() {
    }

    static void install(ModuleCore core, SimConfig config, Radio radio, HttpSession http, SimCard card) {
        SimIdentity sim = SimIdentity.of(config.imei());
        core.register("+CIMI", SimCardCommand.cimi(sim, card));
        core.register("+QCCID", SimCardCommand.qccid(sim, card));
        core.register("+QINISTAT", new QinistatCommand(card, config.profile().family()));
        core.register("+QSIMSTAT", new QsimstatCommand(card));
        SocketService sockets = new SocketService(core, radio, config.network(), config.timing().network());
        core.register("+QIOPEN", new QiopenCommand(sockets));
        core.register("+QICLOSE", new QicloseCommand(sockets));
        core.register("+QISTATE", new QistateCommand(sockets));
        core.register("+QISEND", QisendCommand.qisend(sockets));
        core.register("+QISDE", new QisdeCommand(sockets));
        core.register("+QSSLSTATE", new QsslstateCommand());
        core.register("+QISENDEX", QisendCommand.qisendex(sockets));
        core.register("+QIRD", new QirdCommand(sockets));
        core.register("+QIDNSCFG", new QidnscfgCommand(sockets, core));
        core.register("+QIGETERROR", new InfoLineCommand(
                () -> "+QIGETERROR: " + sockets.lastError() + "," + TcpipError.text(sockets.lastError())));
        core.register("+QPING", new QpingCommand(sockets, config.network(), config.timing().network()));
        core.register("+QHTTPCFG", QhttpcfgSettings.command(http));
        core.register("+QHTTPGET", new QhttpgetCommand(http));
        core.register("+QCFG", QcfgSettings.command(config.profile()));
    }
}
