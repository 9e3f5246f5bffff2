package io.atflow.sim.clock;

import static io.atflow.sim.core.Forms.answer;
import static io.atflow.sim.core.Forms.line;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;

/** The clock TLS certificates are checked with: AT+CCLK, AT+QNTP, AT+QLTS. */
public final class ClockCommands {
    /** TCP/IP error "open PDP context failed". */
    static final int PDP_FAILED = 561;

    private ClockCommands() {
    }

    /** @param latency a network round trip of AT+QNTP */
    public static void install(ModuleCore core, ModuleClock clock, Radio radio, Duration latency) {
        // AT+CCLK? prints +CCLK: "yy/MM/dd,hh:mm:ss±zz" (3GPP TS 27.007 §8.15, the zone in quarter hours);
        // AT+CCLK="..." sets the clock. A time that is not one, or a zone outside -48..+56: +CME ERROR: 50, as for
        // every 27.007 command
        core.register("+CCLK", Forms.over((command, module) -> Outcome.cme(CmeError.INCORRECT_PARAMETERS)).test()
                .read(line(m -> "+CCLK: \"" + ClockText.cclk(clock) + "\"")).write((a, m) -> {
                    ClockText.Setting setting = ClockText.parseCclk(a.count(1, 1).string(0));
                    if (setting == null) {
                        return Outcome.cme(CmeError.INCORRECT_PARAMETERS);
                    }
                    clock.set(setting.utc(), setting.quarters());
                    return Outcome.OK;
                }).incorrectParameters());
        // AT+QNTP=<contextID>,"<server>"[,<port>[,<autosettime>]] (NTP Application Note): OK, then after a network
        // round trip +QNTP: 0,"yyyy/MM/dd,hh:mm:ss±zz", the server's time in the module's zone; with <autosettime>
        // 1 (the default) the clock is set to it. The simulated NTP server answers with the host's time. A context
        // that is not active: +QNTP: 561
        core.register("+QNTP", Forms.command().test("+QNTP: (1-16),\"<server>\",(1-65535),(0,1)")
                .write((a, m) -> ntp(a.count(2, 4), m, clock, radio, latency)));
        // AT+QLTS[=<mode>]: the time the network last sent (NITZ); 0 (the default) as it was sent, 1 GMT now, 2 local
        // time now, both calculated from it. The simulated cell sends no NITZ: +QLTS: "" (modes 0 and 1); mode 2
        // prints the module's clock, yyyy/MM/dd,hh:mm:ss±zz,0 (daylight saving 0)
        core.register("+QLTS", Forms.over(core.command("+QLTS")).exec(line(m -> "+QLTS: \"\"")).write((a, m) -> {
            boolean local = a.count(1, 1).integer(0, 0, 2) == 2;
            String time = local ? ClockText.full(clock.now(), clock.zoneQuarters()) + ",0" : "";
            return answer(m, List.of("+QLTS: \"" + time + "\""));
        }));
    }

    private static Outcome ntp(Args a, ModuleCore module, ModuleClock clock, Radio radio, Duration latency)
            throws BadArgs {
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
            Instant time = clock.worldNow();
            if (autoSet) {
                clock.set(time, zone);
            }
            module.out().urc("+QNTP: 0,\"" + ClockText.full(time, zone) + "\"");
        });
        return Outcome.OK;
    }
}
