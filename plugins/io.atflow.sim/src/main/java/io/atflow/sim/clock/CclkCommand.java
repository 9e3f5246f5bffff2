package io.atflow.sim.clock;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+CCLK?} prints {@code +CCLK: "yy/MM/dd,hh:mm:ss±zz"} (3GPP TS 27.007 §8.15, the zone in quarter hours);
 * {@code AT+CCLK="..."} sets the module's clock. A time that is not one, or a zone outside -48..+56:
 * {@code +CME ERROR: 50}, as for every 27.007 command.
 */
public final class CclkCommand implements CommandHandler {
    private final ModuleClock clock;

    public CclkCommand(ModuleClock clock) {
        this.clock = clock;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case READ -> {
                module.out().info("+CCLK: \"" + ClockText.cclk(clock) + "\"");
                return Outcome.OK;
            }
            case TEST -> {
                return Outcome.OK;
            }
            case WRITE -> {
                Args a = command.arguments().count(1, 1);
                ClockText.Setting setting = ClockText.parseCclk(a.string(0));
                if (setting == null) {
                    return badSyntax();
                }
                clock.set(setting.utc(), setting.quarters());
                return Outcome.OK;
            }
            default -> {
                return badSyntax();
            }
        }
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
    }
}
