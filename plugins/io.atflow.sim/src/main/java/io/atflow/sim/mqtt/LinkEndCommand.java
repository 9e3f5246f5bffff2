package io.atflow.sim.mqtt;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QMTDISC=<idx>} (MQTT DISCONNECT, then the socket closes; {@code +QMTDISC: <idx>,0}) and
 * {@code AT+QMTCLOSE=<idx>} (the socket closes; {@code +QMTCLOSE: <idx>,0}).
 */
public final class LinkEndCommand implements CommandHandler {
    private final MqttClients clients;
    private final boolean disconnect;

    private LinkEndCommand(MqttClients clients, boolean disconnect) {
        this.clients = clients;
        this.disconnect = disconnect;
    }

    public static LinkEndCommand qmtdisc(MqttClients clients) {
        return new LinkEndCommand(clients, true);
    }

    public static LinkEndCommand qmtclose(MqttClients clients) {
        return new LinkEndCommand(clients, false);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info((disconnect ? "+QMTDISC" : "+QMTCLOSE") + ": (0-5)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        int index = command.arguments().count(1, 1).integer(0, 0, MqttClients.MAX_INDEX);
        return disconnect ? clients.disconnect(index) : clients.close(index);
    }
}
