package io.atflow.sim.mqtt;

import static io.atflow.sim.core.Forms.print;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;

/**
 * The MQTT commands of the MQTT Application Note: each answers OK, then its URC when the broker (or the link) has
 * answered; their test forms are the catalog's, except AT+QMTPUB's, which names the payload length.
 */
public final class MqttCommands {
    private static final int MAX_TOPICS = 5;
    static final int MAX_PAYLOAD = 4096;

    private MqttCommands() {
    }

    public static void install(ModuleCore core, MqttClients clients) {
        core.register("+QMTCFG", QmtcfgSettings.command(clients));
        // AT+QMTOPEN=<idx>,"<host>",<port>: OK, then +QMTOPEN: <idx>,<result> once the TCP (and TLS) link is up or
        // has failed (-1 connect failed, 2 index in use, 3 no PDP, 4 host name unresolvable)
        core.register("+QMTOPEN", Forms.over(core.command("+QMTOPEN")).read(print(m -> clients.openLinks()))
                .write((a, m) -> {
                    int index = a.count(3, 3).integer(0, 0, MqttClients.MAX_INDEX);
                    String host = a.string(1, 100);
                    int port = a.integer(2, 0, 65535);
                    if (host.isEmpty()) {
                        throw new BadArgs("empty host name");
                    }
                    return clients.open(index, host, port);
                }));
        // AT+QMTCONN=<idx>,"<clientid>"[,"<username>"[,"<password>"]]: OK, then +QMTCONN: <idx>,<result>,<ret_code>.
        // Without user name, a client with an aliauth triple signs the Aliyun credentials itself; given credentials
        // are sent unchanged
        core.register("+QMTCONN", Forms.over(core.command("+QMTCONN")).read(print(m -> clients.connectionStates()))
                .write((a, m) -> clients.connect(a.count(2, 4).integer(0, 0, MqttClients.MAX_INDEX), a.string(1, 256),
                        a.has(2) ? a.string(2, 256) : null, a.has(3) ? a.string(3, 256) : null)));
        // AT+QMTSUB=<idx>,<msgid>,"<topic>",<qos>[,"<topic>",<qos>...]: OK, then
        // +QMTSUB: <idx>,<msgid>,<result>[,<granted qos>...] when the SUBACK arrives
        core.register("+QMTSUB", Forms.over(core.command("+QMTSUB")).write((a, m) -> subscribe(a, clients)));
        // AT+QMTUNS=<idx>,<msgid>,"<topic>"[,...]: OK, then +QMTUNS: <idx>,<msgid>,<result>
        core.register("+QMTUNS", Forms.over(core.command("+QMTUNS")).write((a, m) -> unsubscribe(a, clients)));
        // AT+QMTPUB=<idx>,<msgid>,<qos>,<retain>,"<topic>"[,<length>] (payload after >, ended by Ctrl-Z, ESC
        // cancels; with a length, exactly that many bytes) and AT+QMTPUBEX=...,"<topic>",<length> (exactly length
        // bytes): OK after the payload, then +QMTPUB[EX]: <idx>,<msgid>,<result> when the broker acknowledges
        core.register("+QMTPUB", Forms.command()
                .test("+QMTPUB: (0-5),(0-65535),(0-2),(0,1),\"<topic>\",(1-" + MAX_PAYLOAD + ")")
                .write((a, m) -> publish(a.count(5, 6), m, clients, "+QMTPUB")));
        core.register("+QMTPUBEX", Forms.over(core.command("+QMTPUBEX"))
                .write((a, m) -> publish(a.count(6, 6), m, clients, "+QMTPUBEX")));
        // AT+QMTDISC=<idx>: MQTT DISCONNECT, then the socket closes (+QMTDISC: <idx>,0);
        // AT+QMTCLOSE=<idx>: the socket closes (+QMTCLOSE: <idx>,0)
        core.register("+QMTDISC", Forms.over(core.command("+QMTDISC"))
                .write((a, m) -> clients.disconnect(a.count(1, 1).integer(0, 0, MqttClients.MAX_INDEX))));
        core.register("+QMTCLOSE", Forms.over(core.command("+QMTCLOSE"))
                .write((a, m) -> clients.close(a.count(1, 1).integer(0, 0, MqttClients.MAX_INDEX))));
        // AT+QMTRECV=<idx>[,<recv_id>] reads messages kept in buffer mode (recv/mode 1) as
        // +QMTRECV: <idx>,<msgid>,"<topic>",<len>,"<payload>"; AT+QMTRECV? shows which buffers are full
        core.register("+QMTRECV", Forms.over(core.command("+QMTRECV")).read(print(m -> buffersInUse(clients)))
                .write((a, m) -> receive(a.count(1, 2), m, clients)));
    }

    private static Outcome subscribe(Args all, MqttClients clients) throws BadArgs {
        Args a = all.count(4, 2 + 2 * MAX_TOPICS);
        if (a.size() % 2 != 0) {
            throw new BadArgs("every topic needs a QoS");
        }
        int index = a.integer(0, 0, MqttClients.MAX_INDEX);
        int msgId = a.integer(1, 1, 65535);
        List<String> topics = new ArrayList<>();
        List<Integer> qos = new ArrayList<>();
        for (int i = 2; i < a.size(); i += 2) {
            topics.add(topic(a, i));
            qos.add(a.integer(i + 1, 0, 2));
        }
        return clients.subscribe(index, msgId, topics, qos);
    }

    private static Outcome unsubscribe(Args all, MqttClients clients) throws BadArgs {
        Args a = all.count(3, 2 + MAX_TOPICS);
        int index = a.integer(0, 0, MqttClients.MAX_INDEX);
        int msgId = a.integer(1, 1, 65535);
        List<String> topics = new ArrayList<>();
        for (int i = 2; i < a.size(); i++) {
            topics.add(topic(a, i));
        }
        return clients.unsubscribe(index, msgId, topics);
    }

    /** QoS 0 requires msgid 0; QoS 1 and 2 require 1-65535. */
    private static Outcome publish(Args a, ModuleCore module, MqttClients clients, String name) throws BadArgs {
        int index = a.integer(0, 0, MqttClients.MAX_INDEX);
        int msgId = a.integer(1, 0, 65535);
        int qos = a.integer(2, 0, 2);
        boolean retain = a.integer(3, 0, 1) == 1;
        String topic = topic(a, 4);
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

    private static String topic(Args a, int index) throws BadArgs {
        String topic = a.string(index, 256);
        if (topic.isEmpty()) {
            throw new BadArgs("empty topic");
        }
        return topic;
    }

    private static List<String> buffersInUse(MqttClients clients) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= MqttClients.MAX_INDEX; i++) {
            ClientSlot s = clients.slot(i);
            if (s.state.linked()) {
                lines.add("+QMTRECV: " + i + "," + s.buffers.status());
            }
        }
        return lines;
    }

    private static Outcome receive(Args a, ModuleCore module, MqttClients clients) throws BadArgs {
        ClientSlot s = clients.slot(a.integer(0, 0, MqttClients.MAX_INDEX));
        int from = a.has(1) ? a.integer(1, 0, RecvBuffers.COUNT - 1) : 0;
        int to = a.has(1) ? from : RecvBuffers.COUNT - 1;
        for (int id = from; id <= to; id++) {
            InboundMessage m = s.buffers.take(id);
            if (m != null) {
                module.out().urc(m.urc(s.index, true));
            }
        }
        return Outcome.OK;
    }
}
