package io.atflow.sim.card;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+CPIN}: {@code AT+CPIN?} answers {@code +CPIN: READY} or {@code +CPIN: SIM PIN}, or the CME error of a
 * SIM that is not inserted (10) or busy (14) (3GPP TS 27.007 §8.3); {@code AT+CPIN=<pin>} unlocks the SIM.
 */
public final class CpinCommand implements CommandHandler {
    private final SimCard sim;

    public CpinCommand(SimCard sim) {
        this.sim = sim;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        return switch (command.form()) {
            case READ -> switch (sim.status()) {
                case READY -> info(module, "+CPIN: READY");
                case PIN_REQUIRED -> info(module, "+CPIN: SIM PIN");
                default -> Outcome.cme(sim.error());
            };
            case TEST -> Outcome.OK;
            case WRITE -> sim.enterPin(command.arguments().count(1, 2).string(0));
            case EXEC -> Outcome.ERROR;
        };
    }

    private static Outcome info(ModuleCore module, String line) {
        module.out().info(line);
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
    }
}
