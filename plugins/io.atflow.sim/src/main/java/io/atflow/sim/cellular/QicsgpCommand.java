package io.atflow.sim.cellular;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QICSGP=<cid>[,<type>,"<APN>","<user>","<password>"[,<auth>]]}: configures (or, with the context id
 * alone, reads) a PDP context.
 */
public final class QicsgpCommand implements CommandHandler {
    private final Radio radio;

    public QicsgpCommand(Radio radio) {
        this.radio = radio;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> {
                module.out().info("+QICSGP: (1-16),(1-3),\"APN\",\"USERNAME\",\"PASSWORD\",(0-3)");
                return Outcome.OK;
            }
            case WRITE -> {
                Args a = command.arguments().count(1, 6);
                int cid = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
                PdpContext c = radio.context(cid);
                if (a.size() == 1) {
                    module.out().info("+QICSGP: " + c.type + ",\"" + c.apn + "\",\"" + c.user + "\",\""
                            + c.password + "\"," + c.auth);
                    return Outcome.OK;
                }
                int type = a.integer(1, 1, 3);
                String apn = a.string(2, 99);
                String user = a.stringOr(3, "");
                String password = a.stringOr(4, "");
                int auth = a.integerOr(5, 0, 3, 0);
                if (a.size() == 4) {
                    throw new BadArgs("user name without password");
                }
                c.type = type;
                c.apn = apn;
                c.user = user;
                c.password = password;
                c.auth = auth;
                return Outcome.OK;
            }
            default -> {
                return Outcome.ERROR;
            }
        }
    }
}
