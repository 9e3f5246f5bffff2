package io.atflow.sim.clock;

import java.time.Duration;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QNTP=<contextID>,"<server>"[,<port>[,<autosettime>]]} (Quectel NTP Application Note): OK, then after a
 * network round trip {@code +QNTP: 0,"yyyy/MM/dd,hh:mm:ss±zz"}, the server's time in the module's zone; with
 * {@code <autosettime>} 1 (the default) the module's clock is set to it. The simulated NTP server answers with the
 * host's time. A context that is not active: {@code +QNTP: 561} (TCP/IP error "open PDP context failed").
 */
public final class QntpCommand implements CommandHandler {
    static final int PDP_FAILED = 561;
    private final ModuleClock clock;
    private final Radio radio;
    private final Duration latency;

    public QntpCommand(ModuleClock clock, Radio radio, Duration latency) {
        this.clock = clock;
        this.radio = radio;
        this.latency = latency;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == ParsedCommand.Form.TEST) {
            module.out().info("+QNTP: (1-16),\"<server>\",(1-65535),(0,1)");
            return Outcome.OK;
        }
        if (command.form() != ParsedCommand.Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(2, 4);
        int cid = a.integer(0, Radio.MIN_CID, Radio.MAX_CID);
        String server = a.string(1, 255);
        a.integerOr(2, 1, 65535, 123);
        boolean autoSet = a.integerOr(3, 0, 1, 1) == 1;
        if (server.isEmpty()) {
            return Outcome.ERROR;
        }
        module.schedule(latency, () -> {
            if (!radio.dataReady(cid)) {
                module.out().urc("+QNTP: " + PDP_FAILED);
                return;
            }
            int zone = clock.zoneQuarters();
            java.time.Instant time = clock.worldNow();
            if (autoSet) {
                clock.set(time, zone);
            }
            module.out().urc("+QNTP: 0,\"" + ClockText.full(time, zone) + "\"");
        });
        return Outcome.OK;
    }
}
