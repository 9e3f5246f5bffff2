package io.atflow.sim.cellular;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QIACT=<cid>} activates a PDP context: OK when only the default bearer of registration is up (the
 * application note's log shows OK for context 1), ERROR when the host has already activated it (a module answers
 * ERROR to a second AT+QIACT=1; zephyr's BG9x driver deactivates and retries on it) and while the module is not
 * registered. {@code AT+QIACT?} lists the contexts the host activated: before AT+QIACT=1 a registered module lists
 * none, default bearer or not (a BG96 and an EC25 answer OK alone, then OK to AT+QIACT=1: Azure's
 * embedded-wireless-framework issue 20, forums.quectel.com/t/qmtopen-0-1-error/3562).
 */
public final class QiactCommand implements CommandHandler {
    private final Radio radio;

    public QiactCommand(Radio radio) {
        this.radio = radio;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> module.out().info("+QIACT: (1-16)");
            case READ -> module.out().info(active());
            case WRITE -> {
                int cid = command.arguments().count(1, 1).integer(0, Radio.MIN_CID, Radio.MAX_CID);
                PdpContext context = radio.context(cid);
                if (!radio.registered() || context.activated) {
                    return Outcome.ERROR;
                }
                context.active = true;
                context.activated = true;
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }

    private List<String> active() {
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
