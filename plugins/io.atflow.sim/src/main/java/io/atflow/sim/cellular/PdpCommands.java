package io.atflow.sim.cellular;

import static io.atflow.sim.core.Forms.answer;
import static io.atflow.sim.core.Forms.change;
import static io.atflow.sim.core.Forms.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;

/** The PDP context commands: AT+CGPADDR, AT+QICSGP, AT+QIACT, AT+QIDEACT; their test forms are the catalog's. */
public final class PdpCommands {
    private PdpCommands() {
    }

    public static void install(ModuleCore core, Radio radio) {
        // AT+CGPADDR[=<cid>[,...]]: the addresses of active PDP contexts; inactive ones print nothing
        core.register("+CGPADDR", Forms.over(core.command("+CGPADDR"))
                .exec(print(m -> addresses(radio, radio.contexts().keySet())))
                .write((a, m) -> answer(m, addresses(radio, cids(a)))).incorrectParameters());
        // AT+QICSGP=<cid>[,<type>,"<APN>","<user>","<password>"[,<auth>]]: configures (or, with the id alone, reads)
        core.register("+QICSGP", Forms.command().test("+QICSGP: (1-16),(1-3),\"APN\",\"USERNAME\",\"PASSWORD\",(0-3)")
                .write((a, m) -> qicsgp(a, m, radio)));
        // AT+QIACT=<cid>: OK when only the default bearer of registration is up (the application note's log shows OK
        // for context 1), ERROR when the host has already activated it (a module answers ERROR to a second
        // AT+QIACT=1; zephyr's BG9x driver deactivates and retries on it) and while the module is not registered.
        // AT+QIACT? lists the contexts the host activated: before AT+QIACT=1 a registered module lists none, default
        // bearer or not (a BG96 and an EC25 answer OK alone, then OK to AT+QIACT=1: Azure's
        // embedded-wireless-framework issue 20, forums.quectel.com/t/qmtopen-0-1-error/3562)
        core.register("+QIACT", Forms.over(core.command("+QIACT")).read(print(m -> activated(radio)))
                .write((a, m) -> {
                    PdpContext context = radio.context(a.count(1, 1).integer(0, Radio.MIN_CID, Radio.MAX_CID));
                    if (!radio.registered() || context.activated) {
                        return Outcome.ERROR;
                    }
                    context.active = true;
                    context.activated = true;
                    return Outcome.OK;
                }));
        // AT+QIDEACT=<cid>: deactivates a PDP context; links through it are lost
        core.register("+QIDEACT", Forms.over(core.command("+QIDEACT"))
                .write(change((a, m) -> radio.deactivate(a.count(1, 1).integer(0, Radio.MIN_CID, Radio.MAX_CID)))));
    }

    private static List<Integer> cids(Args a) throws BadArgs {
        List<Integer> cids = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            cids.add(a.integer(i, Radio.MIN_CID, Radio.MAX_CID));
        }
        return cids;
    }

    private static List<String> addresses(Radio radio, Iterable<Integer> cids) {
        List<String> lines = new ArrayList<>();
        Map<Integer, PdpContext> contexts = radio.contexts();
        for (int cid : cids) {
            PdpContext c = contexts.get(cid);
            if (c != null && c.active && radio.registered()) {
                lines.add("+CGPADDR: " + cid + "," + radio.addresses(cid));
            }
        }
        return lines;
    }

    private static Outcome qicsgp(Args args, ModuleCore module, Radio radio) throws BadArgs {
        Args a = args.count(1, 6);
        PdpContext c = radio.context(a.integer(0, Radio.MIN_CID, Radio.MAX_CID));
        if (a.size() == 1) {
            module.out().info("+QICSGP: " + c.type + ",\"" + c.apn + "\",\"" + c.user + "\",\"" + c.password + "\","
                    + c.auth);
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

    private static List<String> activated(Radio radio) {
        List<String> lines = new ArrayList<>();
        if (!radio.registered()) {
            return lines;
        }
        for (Map.Entry<Integer, PdpContext> e : radio.contexts().entrySet()) {
            if (e.getValue().active && e.getValue().activated) {
                lines.add("+QIACT: " + e.getKey() + ",1," + e.getValue().type + "," + radio.addresses(e.getKey()));
            }
        }
        return lines;
    }
}
