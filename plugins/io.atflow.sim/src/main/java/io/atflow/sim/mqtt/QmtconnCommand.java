package io.atflow.sim.mqtt;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QMTCONN=<idx>,"<clientid>"[,"<username>"[,"<password>"]]}: OK, then
 * {@code +QMTCONN: <idx>,<result>,<ret_code>}. Without user name, a client with an aliauth triple signs the
 * Aliyun credentials itself; given credentials are sent unchanged.
 */
public final class QmtconnCommand implements CommandHandler {
    private final MqttClients clients;

    public QmtconnCommand(MqttClients clients) {
        this.clients = clients;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info("+QMTCONN: (0-5),\"<clientid>\",\"<username>\",\"<password>\"");
            case READ -> module.out().info(clients.connectionStates());
            case WRITE -> {
                Args a = command.arguments().count(2, 4);
                int index = a.integer(0, 0, MqttClients.MAX_INDEX);
                String clientId = a.string(1, 256);
                String user = a.has(2) ? a.string(2, 256) : null;
                String password = a.has(3) ? a.string(3, 256) : null;
                return clients.connect(index, clientId, user, password);
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }
}
