package io.atflow.sim.mqtt;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QMTOPEN=<idx>,"<host>",<port>}: OK, then {@code +QMTOPEN: <idx>,<result>} once the TCP (and TLS)
 * link is up or has failed (-1 connect failed, 2 index in use, 3 no PDP, 4 host name unresolvable).
 */
public final class QmtopenCommand implements CommandHandler {
    private final MqttClients clients;

    public QmtopenCommand(MqttClients clients) {
        this.clients = clients;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info("+QMTOPEN: (0-5),\"<host_name>\",(0-65535)");
            case READ -> module.out().info(clients.openLinks());
            case WRITE -> {
                Args a = command.arguments().count(3, 3);
                int index = a.integer(0, 0, MqttClients.MAX_INDEX);
                String host = a.string(1, 100);
                int port = a.integer(2, 0, 65535);
                if (host.isEmpty()) {
                    throw new BadArgs("empty host name");
                }
                return clients.open(index, host, port);
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }
}
