package io.atflow.sim.cellular;

import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+CSQ}: signal quality {@code +CSQ: <rssi>,<ber>}. While registered the serving cell's -70 dBm
 * ({@code +QENG}) reads as rssi 21; without a network (searching, {@code AT+CFUN=0/4}) it is {@code 99,99}.
 */
public final class CsqCommand implements CommandHandler {
    /** rssi of the serving cell: (-70 dBm + 113) / 2. */
    static final int RSSI = 21;
    /** Not known or not detectable. */
    static final int UNKNOWN = 99;
    private final Radio radio;

    public CsqCommand(Radio radio) {
        this.radio = radio;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        if (command.form() == Form.TEST) {
            module.out().info("+CSQ: (0-31,99),(0-7,99)");
            return Outcome.OK;
        }
        if (command.form() != Form.EXEC) {
            return Outcome.ERROR;
        }
        boolean signal = radio.registered() && radio.function() == 1;
        module.out().info("+CSQ: " + (signal ? RSSI : UNKNOWN) + "," + UNKNOWN);
        return Outcome.OK;
    }
}
