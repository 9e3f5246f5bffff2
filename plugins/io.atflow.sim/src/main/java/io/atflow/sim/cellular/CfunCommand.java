package io.atflow.sim.cellular;

import java.util.function.Consumer;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+CFUN=<fun>[,<rst>]}: 0 minimum and 4 flight mode drop the network, 1 brings it back; {@code rst=1}
 * resets the module after OK ({@code POWERED DOWN}, then the boot URCs).
 */
public final class CfunCommand implements CommandHandler {
    private final Radio radio;
    private final Consumer<ModuleCore> reboot;

    public CfunCommand(Radio radio, Consumer<ModuleCore> reboot) {
        this.radio = radio;
        this.reboot = reboot;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case READ -> module.out().info("+CFUN: " + radio.function());
            case TEST -> module.out().info("+CFUN: (0,1,4),(0-1)");
            case WRITE -> {
                Args a = command.arguments().count(1, 2);
                int fun = a.integer(0, 0, 4);
                int rst = a.integerOr(1, 0, 1, 0);
                if (fun == 2 || fun == 3) {
                    return Outcome.cme(CmeError.OPERATION_NOT_SUPPORTED);
                }
                if (rst == 1) {
                    module.post(() -> reboot.accept(module));
                } else {
                    module.post(() -> radio.function(fun));
                }
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
    }
}
