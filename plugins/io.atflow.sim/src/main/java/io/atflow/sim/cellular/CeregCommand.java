package io.atflow.sim.cellular;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * A network registration status command of 3GPP TS 27.007: {@code AT+CEREG} (EPS, §10.1.22), {@code AT+CREG}
 * (§7.2) or {@code AT+CGREG} (§10.1.20). The simulated module registers on LTE with a combined attach, so the three
 * report one status (an EC21 answers {@code +CREG: 0,1}, {@code +CGREG: 0,1} and {@code +CEREG: 0,1} together,
 * SeeedJP/WioLTEforArduino issue 5; an unregistered BG770A-GL {@code +CEREG: 0,2} and {@code +CREG: 0,2},
 * w1ne/labwired-core at_harvest.log). {@code =1}/{@code =2} enable the command's URC.
 */
public final class CeregCommand implements CommandHandler {
    private final Radio radio;
    private final String name;

    public CeregCommand(Radio radio, String name) {
        this.radio = radio;
        this.name = name;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case READ -> module.out().info(name + ": " + radio.reportMode(name) + "," + radio.stat()
                    + (radio.reportMode(name) == 2 ? radio.location() : ""));
            case TEST -> module.out().info(name + ": (0-2)");
            case WRITE -> radio.reportMode(name, command.arguments().count(1, 1).integer(0, 0, 2));
            case EXEC -> radio.reportMode(name, 0);
        }
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
    }
}
