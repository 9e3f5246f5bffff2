package io.atflow.sim.card;

import java.util.function.Function;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * The (U)SIM's identity queries: {@code AT+CIMI} prints the IMSI on a line of its own, {@code AT+QCCID} prints
 * {@code +QCCID: <ICCID>}, {@code AT+QINISTAT} prints {@code +QINISTAT: 7} (CPIN READY + SMS done + phonebook
 * done: the state of a booted module with its SIM ready). The test forms answer OK, as the manual shows
 * ({@code +QINISTAT: (0-7)} for AT+QINISTAT).
 */
public final class SimCardCommand implements CommandHandler {
    /** CPIN READY (1) + SMS initialized (2) + phonebook initialized (4). */
    static final int ALL_READY = 7;
    private final Function<SimIdentity, String> line;
    private final String test;
    private final SimIdentity identity;

    private SimCardCommand(SimIdentity identity, Function<SimIdentity, String> line, String test) {
        this.identity = identity;
        this.line = line;
        this.test = test;
    }

    public static SimCardCommand cimi(SimIdentity identity) {
        return new SimCardCommand(identity, SimIdentity::imsi, null);
    }

    public static SimCardCommand qccid(SimIdentity identity) {
        return new SimCardCommand(identity, id -> "+QCCID: " + id.iccid(), null);
    }

    public static SimCardCommand qinistat(SimIdentity identity) {
        return new SimCardCommand(identity, id -> "+QINISTAT: " + ALL_READY, "+QINISTAT: (0-7)");
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return switch (command.form()) {
            case EXEC -> {
                module.out().info(line.apply(identity));
                yield Outcome.OK;
            }
            case TEST -> {
                if (test != null) {
                    module.out().info(test);
                }
                yield Outcome.OK;
            }
            default -> Outcome.ERROR;
        };
    }
}
