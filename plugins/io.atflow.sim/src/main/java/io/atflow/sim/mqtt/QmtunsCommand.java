package io.atflow.sim.mqtt;

import java.util.ArrayList;
import java.util.List;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+QMTUNS=<idx>,<msgid>,"<topic>"[,...]}: OK, then {@code +QMTUNS: <idx>,<msgid>,<result>}. */
public final class QmtunsCommand implements CommandHandler {
    private static final int MAX_TOPICS = 5;
    private final MqttClients clients;

    public QmtunsCommand(MqttClients clients) {
        this.clients = clients;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info("+QMTUNS: (0-5),(1-65535),\"<topic>\"");
            case WRITE -> {
                Args a = command.arguments().count(3, 2 + MAX_TOPICS);
                int index = a.integer(0, 0, MqttClients.MAX_INDEX);
                int msgId = a.integer(1, 1, 65535);
                List<String> topics = new ArrayList<>();
                for (int i = 2; i < a.size(); i++) {
                    topics.add(QmtsubCommand.topic(a, i));
                }
                return clients.unsubscribe(index, msgId, topics);
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }
}
