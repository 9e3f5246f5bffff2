package io.atflow.sim.mqtt;

import java.time.Duration;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QMTPUB=<idx>,<msgid>,<qos>,<retain>,"<topic>"[,<length>]} (payload after {@code >}, ended by Ctrl-Z,
 * ESC cancels; with a length, exactly that many bytes) and
 * {@code AT+QMTPUBEX=<idx>,<msgid>,<qos>,<retain>,"<topic>",<length>} (exactly {@code length} bytes). Both answer
 * OK after the payload, then {@code +QMTPUB[EX]: <idx>,<msgid>,<result>} when the broker acknowledges. QoS 0
 * requires msgid 0; QoS 1 and 2 require 1-65535.
 */
public final class PublishCommand implements CommandHandler {
    public static final int MAX_PAYLOAD = 4096;
    private final MqttClients clients;
    private final String name;
    private final boolean lengthRequired;

    private PublishCommand(MqttClients clients, String name, boolean lengthRequired) {
        this.clients = clients;
        this.name = name;
        this.lengthRequired = lengthRequired;
    }

    public static PublishCommand qmtpub(MqttClients clients) {
        return new PublishCommand(clients, "+QMTPUB", false);
    }

    public static PublishCommand qmtpubex(MqttClients clients) {
        return new PublishCommand(clients, "+QMTPUBEX", true);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info(name + ": (0-5),(0-65535),(0-2),(0,1),\"<topic>\",(1-" + MAX_PAYLOAD + ")");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(lengthRequired ? 6 : 5, 6);
        int index = a.integer(0, 0, MqttClients.MAX_INDEX);
        int msgId = a.integer(1, 0, 65535);
        int qos = a.integer(2, 0, 2);
        boolean retain = a.integer(3, 0, 1) == 1;
        String topic = MqttCommands.topic(a, 4);
        int length = a.has(5) ? a.integer(5, 1, MAX_PAYLOAD) : -1;
        if ((qos == 0) != (msgId == 0)) {
            throw new BadArgs("QoS 0 goes with msgid 0, QoS 1 and 2 with msgid 1-65535");
        }
        if (!clients.canPublish(index, msgId, qos)) {
            return Outcome.ERROR;
        }
        DataRequest.Sink sink = payload -> clients.publish(index, msgId, qos, retain, topic, payload, name);
        module.out().prompt();
        module.expectData(length > 0 ? DataRequest.exactly(length, Duration.ZERO, sink)
                : DataRequest.untilCtrlZ(MAX_PAYLOAD, sink));
        return Outcome.PENDING;
    }
}
