package io.atflow.sim.clock;

import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QLTS[=<mode>]}: the time the network last sent (NITZ). Mode 0 (the default) the latest time synchronised
 * through the network, 1 the current GMT time calculated from it, 2 the current local time calculated from it. The
 * simulated cell sends no NITZ, so the module has nothing to report: {@code +QLTS: ""} (modes 0 and 1); mode 2
 * prints the module's clock, {@code yyyy/MM/dd,hh:mm:ss±zz,0} (daylight saving 0).
 */
public final class QltsCommand implements CommandHandler {
    private final ModuleClock clock;

    public QltsCommand(ModuleClock clock) {
        this.clock = clock;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        int mode = switch (command.form()) {
            case EXEC -> 0;
            case WRITE -> command.arguments().count(1, 1).integer(0, 0, 2);
            case TEST -> {
                module.out().info("+QLTS: (0-2)");
                yield -1;
            }
            default -> -2;
        };
        if (mode == -2) {
            return Outcome.ERROR;
        }
        if (mode == 2) {
            module.out().info("+QLTS: \"" + ClockText.full(clock.now(), clock.zoneQuarters()) + ",0\"");
        } else if (mode >= 0) {
            module.out().info("+QLTS: \"\"");
        }
        return Outcome.OK;
    }
}
