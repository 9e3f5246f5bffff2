package io.atflow.sim.card;

import java.util.function.Function;

import io.atflow.sim.DeviceState.SimStatus;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * The (U)SIM's identity queries: {@code AT+CIMI} prints the IMSI on a line of its own, {@code AT+QCCID} prints
 * {@code +QCCID: <ICCID>}; the test forms answer OK. Both need a SIM the module can read: without one the answer is
 * the CME error of the SIM's condition (10 not inserted, 14 busy; 3GPP TS 27.007 §9.2), which AT+CMEE turns into
 * {@code ERROR}, the number or the text. The IMSI is also guarded by the PIN (11 SIM PIN required); the ICCID is
 * not: EF_ICCID is readable always (ETSI TS 102 221 §13.2, READ access ALW), so AT+QCCID answers before the PIN.
 */
public final class SimCardCommand implements CommandHandler {
    private final Function<SimIdentity, String> line;
    private final SimIdentity identity;
    private final SimCard card;
    private final boolean pinGuarded;

    private SimCardCommand(SimIdentity identity, SimCard card, Function<SimIdentity, String> line,
            boolean pinGuarded) {
        this.identity = identity;
        this.card = card;
        this.line = line;
        this.pinGuarded = pinGuarded;
    }

    public static SimCardCommand cimi(SimIdentity identity, SimCard card) {
        return new SimCardCommand(identity, card, SimIdentity::imsi, true);
    }

    public static SimCardCommand qccid(SimIdentity identity, SimCard card) {
        return new SimCardCommand(identity, card, id -> "+QCCID: " + id.iccid(), false);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return switch (command.form()) {
            case EXEC -> {
                SimStatus status = card.status();
                if (status == SimStatus.READY || status == SimStatus.PIN_REQUIRED && !pinGuarded) {
                    module.out().info(line.apply(identity));
                    yield Outcome.OK;
                }
                yield Outcome.cme(card.error());
            }
            case TEST -> Outcome.OK;
            default -> Outcome.ERROR;
        };
    }
}
