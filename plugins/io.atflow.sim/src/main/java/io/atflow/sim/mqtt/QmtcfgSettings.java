package io.atflow.sim.mqtt;

import static io.atflow.sim.core.KeyedSettings.flag;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.KeyedSettings;
import io.atflow.sim.core.KeyedSettings.Index;

/**
 * {@code AT+QMTCFG="<type>",<client_idx>[,...]}: the settings of one MQTT client index. With only the index it reads
 * the setting back without repeating the index ({@code +QMTCFG: "aliauth",,,} when no triple is set), with values
 * it sets it.
 */
public final class QmtcfgSettings {
    private QmtcfgSettings() {
    }

    public static CommandHandler command(MqttClients clients) {
        return new KeyedSettings<>("+QMTCFG", new Index<>(MqttClients.MAX_INDEX, false, i -> clients.slot(i).settings))
                .key("version", "(3,4)", s -> Integer.toString(s.version),
                        (a, s) -> s.version = a.count(3, 3).integer(2, 3, 4))
                .key("pdpcid", "(1-16)", s -> Integer.toString(s.pdpCid),
                        (a, s) -> s.pdpCid = a.count(3, 3).integer(2, 1, 16))
                .key("ssl", "(0,1),(0-5)", s -> flag(s.ssl) + "," + s.sslContext, QmtcfgSettings::ssl)
                .key("keepalive", "(0-3600)", s -> Integer.toString(s.keepAlive),
                        (a, s) -> s.keepAlive = a.count(3, 3).integer(2, 0, 3600))
                .key("session", "(0,1)", s -> flag(s.cleanSession),
                        (a, s) -> s.cleanSession = a.count(3, 3).integer(2, 0, 1) == 1)
                .key("timeout", "(1-60),(0-10),(0,1)",
                        s -> s.packetTimeout + "," + s.retries + "," + flag(s.timeoutNotice), QmtcfgSettings::timeout)
                .key("will", "(0,1),(0-2),(0,1),\"willtopic\",\"willmessage\"", QmtcfgSettings::will,
                        QmtcfgSettings::will)
                .key("recv/mode", "(0,1),(0,1)", s -> s.recvMode + "," + flag(s.recvLength), QmtcfgSettings::recvMode)
                .key("aliauth", "\"productkey\",\"devicename\",\"devicesecret\"", QmtcfgSettings::aliauth,
                        QmtcfgSettings::aliauth);
    }

    private static void ssl(Args a, MqttSettings s) throws BadArgs {
        a.count(3, 4);
        boolean on = a.integer(2, 0, 1) == 1;
        s.sslContext = a.integerOr(3, 0, 5, s.sslContext);
        s.ssl = on;
    }

    private static void timeout(Args a, MqttSettings s) throws BadArgs {
        a.count(5, 5);
        int packet = a.integer(2, 1, 60);
        int retries = a.integer(3, 0, 10);
        s.timeoutNotice = a.integer(4, 0, 1) == 1;
        s.packetTimeout = packet;
        s.retries = retries;
    }

    private static void will(Args a, MqttSettings s) throws BadArgs {
        if (a.integer(2, 0, 1) == 0) {
            a.count(3, 7);
            s.will = false;
            return;
        }
        a.count(7, 7);
        int qos = a.integer(3, 0, 2);
        boolean retain = a.integer(4, 0, 1) == 1;
        String topic = a.string(5, 256);
        s.willMessage = a.string(6, 256);
        s.will = true;
        s.willQos = qos;
        s.willRetain = retain;
        s.willTopic = topic;
    }

    private static String will(MqttSettings s) {
        return s.will ? "1," + s.willQos + "," + flag(s.willRetain) + ",\"" + s.willTopic + "\",\"" + s.willMessage
                + "\"" : "0";
    }

    private static void recvMode(Args a, MqttSettings s) throws BadArgs {
        a.count(3, 4);
        int mode = a.integer(2, 0, 1);
        s.recvLength = a.integerOr(3, 0, 1, s.recvLength ? 1 : 0) == 1;
        s.recvMode = mode;
    }

    private static void aliauth(Args a, MqttSettings s) throws BadArgs {
        a.count(5, 5);
        String pk = a.string(2, 64);
        String dn = a.string(3, 64);
        String ds = a.string(4, 64);
        if (pk.isEmpty() || dn.isEmpty() || ds.isEmpty()) {
            throw new BadArgs("product key, device name and device secret must not be empty");
        }
        s.productKey = pk;
        s.deviceName = dn;
        s.deviceSecret = ds;
    }

    private static String aliauth(MqttSettings s) {
        return s.aliauth() ? "\"" + s.productKey + "\",\"" + s.deviceName + "\",\"" + s.deviceSecret + "\"" : ",,";
    }
}
