package io.atflow.sim.mqtt;

import java.util.ArrayList;
import java.util.List;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QMTSUB=<idx>,<msgid>,"<topic>",<qos>[,"<topic>",<qos>...]}: OK, then
 * {@code +QMTSUB: <idx>,<msgid>,<result>[,<granted qos>...]} when the SUBACK arrives; and
 * {@code AT+QMTUNS=<idx>,<msgid>,"<topic>"[,...]}: OK, then {@code +QMTUNS: <idx>,<msgid>,<result>}.
 */
public final class SubscriptionCommand implements CommandHandler {
    private static final int MAX_TOPICS = 5;
    private final MqttClients clients;
    private final boolean subscribe;

    private SubscriptionCommand(MqttClients clients, boolean subscribe) {
        this.clients = clients;
        this.subscribe = subscribe;
    }

    public static SubscriptionCommand qmtsub(MqttClients clients) {
        return new SubscriptionCommand(clients, true);
    }

    public static SubscriptionCommand qmtuns(MqttClients clients) {
        return new SubscriptionCommand(clients, false);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info(subscribe ? "+QMTSUB: (0-5),(1-65535),\"<topic>\",(0-2)"
                    : "+QMTUNS: (0-5),(1-65535),\"<topic>\"");
            case WRITE -> {
                return subscribe ? subscribe(command.arguments()) : unsubscribe(command.arguments());
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }

    private Outcome subscribe(Args all) throws BadArgs {
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

    private Outcome unsubscribe(Args all) throws BadArgs {
        Args a = all.count(3, 2 + MAX_TOPICS);
        int index = a.integer(0, 0, MqttClients.MAX_INDEX);
        int msgId = a.integer(1, 1, 65535);
        List<String> topics = new ArrayList<>();
        for (int i = 2; i < a.size(); i++) {
            topics.add(topic(a, i));
        }
        return clients.unsubscribe(index, msgId, topics);
    }

    static String topic(Args a, int index) throws BadArgs {
        String topic = a.string(index, 256);
        if (topic.isEmpty()) {
            throw new BadArgs("empty topic");
        }
        return topic;
    }
}
