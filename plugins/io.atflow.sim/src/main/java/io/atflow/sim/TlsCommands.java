package io.atflow.sim;

import java.time.Duration;

import io.atflow.sim.cellular.Radio;
import io.atflow.sim.clock.CclkCommand;
import io.atflow.sim.clock.ModuleClock;
import io.atflow.sim.clock.QltsCommand;
import io.atflow.sim.clock.QntpCommand;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.file.FileStore;
import io.atflow.sim.file.QfdelCommand;
import io.atflow.sim.file.QflstCommand;
import io.atflow.sim.file.QfuplCommand;
import io.atflow.sim.ssl.QsslcfgSettings;
import io.atflow.sim.ssl.SslContexts;

/**
 * What a TLS set-up needs besides MQTT: the file commands that put certificates in the module (AT+QFUPL, AT+QFLST,
 * AT+QFDEL), the SSL contexts (AT+QSSLCFG) and the clock the certificates are checked with (AT+CCLK, AT+QNTP,
 * AT+QLTS).
 */
final class TlsCommands {
    private TlsCommands() {
    }

    static void install(ModuleCore core, FileStore files, SslContexts ssl, ModuleClock clock, Radio radio,
            Duration latency) {
        core.register("+QFUPL", new QfuplCommand(files));
        core.register("+QFLST", new QflstCommand(files));
        core.register("+QFDEL", new QfdelCommand(files));
        core.register("+QSSLCFG", QsslcfgSettings.command(ssl));
        core.register("+CCLK", new CclkCommand(clock));
        core.register("+QNTP", new QntpCommand(clock, radio, latency));
        core.register("+QLTS", new QltsCommand(clock));
    }
}
