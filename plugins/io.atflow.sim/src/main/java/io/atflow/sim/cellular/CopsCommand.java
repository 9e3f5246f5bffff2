package io.atflow.sim.cellular;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+COPS?} (3GPP TS 27.007 §7.3): automatic selection ({@code <mode>} 0); registered, the operator in long
 * alphanumeric format and the access technology ({@code +COPS: 0,0,"CHINA MOBILE",7}, the network of the simulated
 * cell, MCC 460 MNC 00); not registered, the mode alone ({@code +COPS: 0}, as an unregistered BG770A-GL and BG95
 * answer: w1ne/labwired-core at_harvest.log and a public BG95 driver log). Selecting an operator is not simulated.
 */
public final class CopsCommand implements CommandHandler {
    static final String OPERATOR = "CHINA MOBILE";
    private final Radio radio;

    public CopsCommand(Radio radio) {
        this.radio = radio;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) {
        return switch (command.form()) {
            case READ -> {
                module.out().info(radio.registered() && radio.function() == 1
                        ? "+COPS: 0,0,\"" + OPERATOR + "\"," + radio.accessTechnology() : "+COPS: 0");
                yield Outcome.OK;
            }
            default -> Outcome.cme(CmeError.OPERATION_NOT_SUPPORTED);
        };
    }
}
