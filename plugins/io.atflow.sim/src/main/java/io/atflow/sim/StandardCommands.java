package io.atflow.sim;

import io.atflow.sim.basic.CmeeCommand;
import io.atflow.sim.basic.EchoCommand;
import io.atflow.sim.basic.IdentificationCommand;
import io.atflow.sim.basic.InfoLineCommand;
import io.atflow.sim.basic.QpowdCommand;
import io.atflow.sim.basic.SettingsCommand;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.sim.card.CpinCommand;
import io.atflow.sim.card.SimCard;
import io.atflow.sim.cellular.CeregCommand;
import io.atflow.sim.cellular.CfunCommand;
import io.atflow.sim.cellular.CgpaddrCommand;
import io.atflow.sim.cellular.CopsCommand;
import io.atflow.sim.cellular.CsqCommand;
import io.atflow.sim.cellular.QengCommand;
import io.atflow.sim.cellular.QiactCommand;
import io.atflow.sim.cellular.QicsgpCommand;
import io.atflow.sim.cellular.QideactCommand;
import io.atflow.sim.catalog.CatalogCommands;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.ModuleCore;
import io.atflow.sim.http.HttpSession;
import io.atflow.sim.http.QhttppostCommand;
import io.atflow.sim.http.QhttpreadCommand;
import io.atflow.sim.http.QhttpurlCommand;
import io.atflow.sim.mqtt.LinkEndCommand;
import io.atflow.sim.mqtt.MqttClients;
import io.atflow.sim.mqtt.PublishCommand;
import io.atflow.sim.mqtt.QmtcfgSettings;
import io.atflow.sim.mqtt.QmtconnCommand;
import io.atflow.sim.mqtt.QmtopenCommand;
import io.atflow.sim.mqtt.QmtrecvCommand;
import io.atflow.sim.mqtt.SubscriptionCommand;

/**
 * The command table of a simulated Quectel module: every command the AT catalog lists for the profile answers at
 * least syntactically ({@link CatalogCommands}); the ones below have behaviour of their own; anything else answers
 * ERROR.
 */
final class StandardCommands {
    private StandardCommands() {
    }

    static void install(ModuleCore core, SimConfig config, Radio radio, MqttClients mqtt, HttpSession http,
            SimCard sim, Lifecycle lifecycle) {
        CatalogCommands.install(core, AtCatalog.standard(), config.profile().family().catalogId());
        core.register("", (command, module) -> Outcome.OK); // AT: the module is alive
        core.register("E", new EchoCommand());
        ModuleIdentity identity = config.profile().identity();
        core.register("I", new IdentificationCommand(identity.ati()));
        identityLines(core, identity);
        SettingsCommand settings = new SettingsCommand();
        core.register("Z", settings);
        core.register("&F", settings);
        core.register("&W", settings);
        core.register("V", settings);
        InfoLineCommand imei = new InfoLineCommand(config.imei());
        core.register("+CGSN", imei);
        core.register("+GSN", imei);
        core.register("+CMEE", new CmeeCommand());
        core.register("+CPIN", new CpinCommand(sim));
        core.register("+CFUN", new CfunCommand(radio, m -> lifecycle.restart()));
        core.register("+QPOWD", new QpowdCommand(lifecycle::powerDown));
        core.register("+CEREG", new CeregCommand(radio, "+CEREG"));
        core.register("+CREG", new CeregCommand(radio, "+CREG"));
        core.register("+CGREG", new CeregCommand(radio, "+CGREG"));
        core.register("+COPS", new CopsCommand(radio));
        core.register("+CSQ", new CsqCommand(radio));
        core.register("+QENG", new QengCommand(radio, config.profile().family().servingCell()));
        core.register("+CGPADDR", new CgpaddrCommand(radio));
        core.register("+QICSGP", new QicsgpCommand(radio));
        core.register("+QIACT", new QiactCommand(radio));
        core.register("+QIDEACT", new QideactCommand(radio));
        core.register("+QMTCFG", QmtcfgSettings.command(mqtt));
        core.register("+QMTOPEN", new QmtopenCommand(mqtt));
        core.register("+QMTCONN", new QmtconnCommand(mqtt));
        core.register("+QMTSUB", SubscriptionCommand.qmtsub(mqtt));
        core.register("+QMTUNS", SubscriptionCommand.qmtuns(mqtt));
        core.register("+QMTPUB", PublishCommand.qmtpub(mqtt));
        core.register("+QMTPUBEX", PublishCommand.qmtpubex(mqtt));
        core.register("+QMTDISC", LinkEndCommand.qmtdisc(mqtt));
        core.register("+QMTCLOSE", LinkEndCommand.qmtclose(mqtt));
        core.register("+QMTRECV", new QmtrecvCommand(mqtt));
        core.register("+QHTTPURL", new QhttpurlCommand(http));
        core.register("+QHTTPPOST", new QhttppostCommand(http));
        core.register("+QHTTPREAD", new QhttpreadCommand(http));
        CompanionCommands.install(core, config, radio, http, sim);
    }

    /** Manufacturer, model, revision and build, each under its 27.007 and V.250 name, and AT+QGMR. */
    private static void identityLines(ModuleCore core, ModuleIdentity identity) {
        InfoLineCommand manufacturer = new InfoLineCommand(ModuleIdentity.MANUFACTURER);
        core.register("+CGMI", manufacturer);
        core.register("+GMI", manufacturer);
        InfoLineCommand model = new InfoLineCommand(identity.model());
        core.register("+CGMM", model);
        core.register("+GMM", model);
        InfoLineCommand revision = new InfoLineCommand(identity.revision());
        core.register("+CGMR", revision);
        core.register("+GMR", revision);
        core.register("+QGMR", new InfoLineCommand(identity.build()));
    }
}
