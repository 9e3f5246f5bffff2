package io.atflow.sim.card;

import io.atflow.sim.DeviceState.SimStatus;
import io.atflow.sim.ModuleFamily;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QINISTAT}: the (U)SIM's initialisation as a sum of bits, 1 CPIN READY, 2 SMS done, 4 phonebook done
 * (EC2x AT Commands Manual, AT+QINISTAT). A ready SIM reports every bit its family has: 7 on EC2x/EG2x, 3 on the
 * LPWA modules, which have no phonebook ({@code +QINISTAT: 3} and {@code AT+QINISTAT=?} → {@code (0-3)} on a BG96,
 * forums.quectel.com/t/6164). A SIM that is missing, locked or still busy reports 0 (initial state).
 */
public final class QinistatCommand implements CommandHandler {
    private final SimCard card;
    private final int ready;

    public QinistatCommand(SimCard card, ModuleFamily family) {
        this.card = card;
        this.ready = family.simReadyUrcs().contains("+QIND: PB DONE") ? 7 : 3;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        switch (command.form()) {
            case EXEC -> module.out().info("+QINISTAT: " + (card.status() == SimStatus.READY ? ready : 0));
            case TEST -> module.out().info("+QINISTAT: (0-" + ready + ")");
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }
}
