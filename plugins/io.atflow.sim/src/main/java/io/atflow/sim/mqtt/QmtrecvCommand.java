package io.atflow.sim.mqtt;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QMTRECV=<idx>[,<recv_id>]} reads messages kept in buffer mode (recv/mode 1) as
 * {@code +QMTRECV: <idx>,<msgid>,"<topic>",<len>,"<payload>"}; {@code AT+QMTRECV?} shows which buffers are full.
 */
public final class QmtrecvCommand implements CommandHandler {
    private final MqttClients clients;

    public QmtrecvCommand(MqttClients clients) {
        this.clients = clients;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info("+QMTRECV: (0-5),(0-4)");
            case READ -> {
                for (int i = 0; i <= MqttClients.MAX_INDEX; i++) {
                    ClientSlot s = clients.slot(i);
                    if (s.state.linked()) {
                        module.out().info("+QMTRECV: " + i + "," + s.buffers.status());
                    }
                }
            }
            case WRITE -> {
                Args a = command.arguments().count(1, 2);
                ClientSlot s = clients.slot(a.integer(0, 0, MqttClients.MAX_INDEX));
                int from = a.has(1) ? a.integer(1, 0, RecvBuffers.COUNT - 1) : 0;
                int to = a.has(1) ? from : RecvBuffers.COUNT - 1;
                for (int id = from; id <= to; id++) {
                    InboundMessage m = s.buffers.take(id);
                    if (m != null) {
                        module.out().urc(m.urc(s.index, true));
                    }
                }
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }
}
