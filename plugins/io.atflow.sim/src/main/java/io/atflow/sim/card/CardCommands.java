package io.atflow.sim.card;

import static io.atflow.sim.core.Forms.answer;
import static io.atflow.sim.core.Forms.change;
import static io.atflow.sim.core.Forms.line;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.atflow.sim.DeviceState.SimStatus;
import io.atflow.sim.ModuleFamily;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;

/** The (U)SIM's commands: AT+CPIN, AT+CIMI, AT+QCCID, AT+QINISTAT, AT+QSIMSTAT. */
public final class CardCommands {
    private CardCommands() {
    }

    public static void install(ModuleCore core, SimCard card, SimIdentity identity, ModuleFamily family) {
        // AT+CPIN? READY or SIM PIN, or the CME error of a SIM not inserted (10) or busy (14) (27.007 §8.3);
        // AT+CPIN=<pin> unlocks the SIM
        core.register("+CPIN", Forms.command().test().read((a, m) -> switch (card.status()) {
            case READY -> answer(m, List.of("+CPIN: READY"));
            case PIN_REQUIRED -> answer(m, List.of("+CPIN: SIM PIN"));
            default -> Outcome.cme(card.error());
        }).write((a, m) -> card.enterPin(a.count(1, 2).string(0))).incorrectParameters());
        // Both need a SIM the module can read, else the CME error of its condition (10 not inserted, 14 busy); the
        // IMSI is also guarded by the PIN (11), the ICCID is not: EF_ICCID is readable always (ETSI TS 102 221
        // §13.2, READ access ALW), so AT+QCCID answers before the PIN
        core.register("+CIMI", identityQuery(card, identity, SimIdentity::imsi, true));
        core.register("+QCCID", identityQuery(card, identity, id -> "+QCCID: " + id.iccid(), false));
        // AT+QINISTAT: the initialisation as a sum of bits, 1 CPIN READY, 2 SMS done, 4 phonebook done. A ready SIM
        // reports every bit its family has: 7 on EC2x/EG2x, 3 on the LPWA modules, which have no phonebook
        // (+QINISTAT: 3 and (0-3) on a BG96, forums.quectel.com/t/6164); a SIM missing, locked or busy reports 0
        int ready = family.simReadyUrcs().contains("+QIND: PB DONE") ? 7 : 3;
        core.register("+QINISTAT", Forms.command().test("+QINISTAT: (0-" + ready + ")")
                .exec(line(m -> "+QINISTAT: " + (card.status() == SimStatus.READY ? ready : 0))));
        // AT+QSIMSTAT?: <enable>,<inserted_status>, 1 when a SIM is in the holder (locked or busy included), 0 when
        // none is (+QSIMSTAT: 0,0 on a BG96 without its SIM, forums.quectel.com/t/6164); <enable> is saved, so it
        // survives a reboot (the manual: "The configuration will be saved automatically")
        AtomicInteger enable = new AtomicInteger();
        core.register("+QSIMSTAT", Forms.over(core.command("+QSIMSTAT"))
                .read(line(m -> "+QSIMSTAT: " + enable + "," + (card.status() == SimStatus.NOT_INSERTED ? 0 : 1)))
                .write(change((a, m) -> enable.set(a.count(1, 1).integer(0, 0, 1)))));
    }

    /** AT+CIMI, AT+QCCID: the line of the SIM's identity; the test form answers OK. */
    private static Forms identityQuery(SimCard card, SimIdentity identity, Function<SimIdentity, String> line,
            boolean pinGuarded) {
        return Forms.command().test().exec((a, m) -> {
            SimStatus status = card.status();
            boolean readable = status == SimStatus.READY || status == SimStatus.PIN_REQUIRED && !pinGuarded;
            return readable ? answer(m, List.of(line.apply(identity))) : Outcome.cme(card.error());
        });
    }
}
