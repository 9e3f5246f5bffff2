package io.atflow.sim.cellular;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/** {@code AT+CGPADDR[=<cid>[,...]]}: the addresses of active PDP contexts; inactive ones print nothing. */
public final class CgpaddrCommand implements CommandHandler {
    private final Radio radio;

    public CgpaddrCommand(Radio radio) {
        this.radio = radio;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        List<Integer> cids = new ArrayList<>();
        switch (command.form()) {
            case EXEC -> cids.addAll(radio.contexts().keySet());
            case WRITE -> {
                for (int i = 0; i < command.args().size(); i++) {
                    cids.add(command.arguments().integer(i, Radio.MIN_CID, Radio.MAX_CID));
                }
            }
            case TEST -> {
                module.out().info("+CGPADDR: (" + Radio.MIN_CID + "-" + Radio.MAX_CID + ")");
                return Outcome.OK;
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        List<String> lines = new ArrayList<>();
        Map<Integer, PdpContext> contexts = radio.contexts();
        for (int cid : cids) {
            PdpContext c = contexts.get(cid);
            if (c != null && c.active && radio.registered()) {
                lines.add("+CGPADDR: " + cid + "," + radio.addresses(cid));
            }
        }
        module.out().info(lines);
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
    }
}
