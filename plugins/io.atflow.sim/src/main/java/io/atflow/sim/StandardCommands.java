package io.atflow.sim;

import java.time.Duration;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.sim.basic.BasicCommands;
import io.atflow.sim.card.CardCommands;
import io.atflow.sim.card.SimCard;
import io.atflow.sim.card.SimIdentity;
import io.atflow.sim.catalog.CatalogCommands;
import io.atflow.sim.cellular.PdpCommands;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.cellular.RegistrationCommands;
import io.atflow.sim.clock.ClockCommands;
import io.atflow.sim.clock.ModuleClock;
import io.atflow.sim.config.QcfgSettings;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.file.FileCommands;
import io.atflow.sim.file.FileStore;
import io.atflow.sim.http.HttpCommands;
import io.atflow.sim.http.HttpSession;
import io.atflow.sim.mqtt.MqttClients;
import io.atflow.sim.mqtt.MqttCommands;
import io.atflow.sim.socket.SocketCommands;
import io.atflow.sim.socket.SocketService;
import io.atflow.sim.ssl.QsslcfgSettings;
import io.atflow.sim.ssl.SslContexts;

/**
 * The command table of a simulated Quectel module: every command the AT catalog lists for the profile answers at
 * least syntactically ({@link CatalogCommands}); each package's commands with behaviour of their own replace theirs
 * (and leave the forms they do not simulate, often the test form, to the catalog's answer); anything else answers
 * ERROR.
 */
final class StandardCommands {
    private StandardCommands() {
    }

    static void install(ModuleCore core, SimConfig config, Radio radio, MqttClients mqtt, HttpSession http,
            SimCard sim, Lifecycle lifecycle) {
        ModuleProfile profile = config.profile();
        CatalogCommands.install(core, AtCatalog.standard(), profile.family().catalogId());
        BasicCommands.install(core, profile.identity(), config.imei(), lifecycle::powerDown);
        CardCommands.install(core, sim, SimIdentity.of(config.imei()), profile.family());
        RegistrationCommands.install(core, radio, profile.family().servingCell(), lifecycle::restart);
        PdpCommands.install(core, radio);
        MqttCommands.install(core, mqtt);
        HttpCommands.install(core, http);
        SocketCommands.install(core, new SocketService(core, radio, config.network(), config.timing().network()),
                config.network(), config.timing().network());
        core.register("+QCFG", QcfgSettings.command(profile));
    }

    /**
     * What a TLS set-up needs besides MQTT: the files that hold certificates, the SSL contexts and the clock the
     * certificates are checked with.
     */
    static void installTls(ModuleCore core, FileStore files, SslContexts ssl, ModuleClock clock, Radio radio,
            Duration latency) {
        FileCommands.install(core, files);
        core.register("+QSSLCFG", QsslcfgSettings.command(ssl));
        ClockCommands.install(core, clock, radio, latency);
    }
}
