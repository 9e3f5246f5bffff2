package io.atflow.sim.mqtt;

import java.util.List;
import java.util.Locale;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QMTCFG="<type>",<client_idx>[,...]}: with only the index it reads the setting back
 * ({@code +QMTCFG: "aliauth",,,} when no triple is set), with values it sets it.
 */
public final class QmtcfgCommand implements CommandHandler {
    static final List<String> TEST = List.of(
            "+QMTCFG: \"version\",(0-5),(3,4)",
            "+QMTCFG: \"pdpcid\",(0-5),(1-16)",
            "+QMTCFG: \"ssl\",(0-5),(0,1),(0-5)",
            "+QMTCFG: \"keepalive\",(0-5),(0-3600)",
            "+QMTCFG: \"session\",(0-5),(0,1)",
            "+QMTCFG: \"timeout\",(0-5),(1-60),(0-10),(0,1)",
            "+QMTCFG: \"will\",(0-5),(0,1),(0-2),(0,1),\"willtopic\",\"willmessage\"",
            "+QMTCFG: \"recv/mode\",(0-5),(0,1),(0,1)",
            "+QMTCFG: \"aliauth\",(0-5),\"productkey\",\"devicename\",\"devicesecret\"");

    private final MqttClients clients;

    public QmtcfgCommand(MqttClients clients) {
        this.clients = clients;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info(TEST);
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments();
        String type = a.string(0).toLowerCase(Locale.ROOT);
        MqttSettings s = clients.slot(a.integer(1, 0, MqttClients.MAX_INDEX)).settings;
        boolean read = a.size() == 2;
        String value = switch (type) {
            case "version" -> version(a, s, read);
            case "pdpcid" -> pdpCid(a, s, read);
            case "ssl" -> ssl(a, s, read);
            case "keepalive" -> keepAlive(a, s, read);
            case "session" -> session(a, s, read);
            case "timeout" -> timeout(a, s, read);
            case "will" -> will(a, s, read);
            case "recv/mode" -> recvMode(a, s, read);
            case "aliauth" -> aliauth(a, s, read);
            default -> throw new BadArgs("unknown configuration \"" + type + "\"");
        };
        if (read) {
            module.out().info("+QMTCFG: \"" + type + "\"," + value);
        }
        return Outcome.OK;
    }

    private static String version(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            a.count(3, 3);
            int v = a.integer(2, 3, 4);
            s.version = v;
        }
        return Integer.toString(s.version);
    }

    private static String pdpCid(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            s.pdpCid = a.count(3, 3).integer(2, 1, 16);
        }
        return Integer.toString(s.pdpCid);
    }

    private static String ssl(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            a.count(3, 4);
            boolean on = a.integer(2, 0, 1) == 1;
            s.sslContext = a.integerOr(3, 0, 5, s.sslContext);
            s.ssl = on;
        }
        return (s.ssl ? 1 : 0) + "," + s.sslContext;
    }

    private static String keepAlive(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            s.keepAlive = a.count(3, 3).integer(2, 0, 3600);
        }
        return Integer.toString(s.keepAlive);
    }

    private static String session(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            s.cleanSession = a.count(3, 3).integer(2, 0, 1) == 1;
        }
        return s.cleanSession ? "1" : "0";
    }

    private static String timeout(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            a.count(5, 5);
            int packet = a.integer(2, 1, 60);
            int retries = a.integer(3, 0, 10);
            boolean notice = a.integer(4, 0, 1) == 1;
            s.packetTimeout = packet;
            s.retries = retries;
            s.timeoutNotice = notice;
        }
        return s.packetTimeout + "," + s.retries + "," + (s.timeoutNotice ? 1 : 0);
    }

    private static String will(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            int flag = a.integer(2, 0, 1);
            if (flag == 0) {
                a.count(3, 7);
                s.will = false;
            } else {
                a.count(7, 7);
                int qos = a.integer(3, 0, 2);
                boolean retain = a.integer(4, 0, 1) == 1;
                String topic = a.string(5, 256);
                String message = a.string(6, 256);
                s.will = true;
                s.willQos = qos;
                s.willRetain = retain;
                s.willTopic = topic;
                s.willMessage = message;
            }
        }
        return s.will ? "1," + s.willQos + "," + (s.willRetain ? 1 : 0) + ",\"" + s.willTopic + "\",\""
                + s.willMessage + "\"" : "0";
    }

    private static String recvMode(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
            a.count(3, 4);
            int mode = a.integer(2, 0, 1);
            s.recvLength = a.integerOr(3, 0, 1, s.recvLength ? 1 : 0) == 1;
            s.recvMode = mode;
        }
        return s.recvMode + "," + (s.recvLength ? 1 : 0);
    }

    private static String aliauth(Args a, MqttSettings s, boolean read) throws BadArgs {
        if (!read) {
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
        return s.aliauth() ? "\"" + s.productKey + "\",\"" + s.deviceName + "\",\"" + s.deviceSecret + "\"" : ",,";
    }
}
