package io.atflow.sim.cellular;

import static io.atflow.sim.core.Forms.answer;
import static io.atflow.sim.core.Forms.change;
import static io.atflow.sim.core.Forms.line;

import java.util.List;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;

/** The network's commands of 3GPP TS 27.007 and Quectel's serving cell: registration, operator, signal, radio. */
public final class RegistrationCommands {
    /** The operator of the simulated cell, MCC 460 MNC 00, in long alphanumeric format. */
    static final String OPERATOR = "CHINA MOBILE";
    /** rssi of the serving cell: (-70 dBm + 113) / 2. */
    static final int RSSI = 21;
    /** Not known or not detectable. */
    static final int UNKNOWN = 99;

    private RegistrationCommands() {
    }

    /** @param servingCell the line {@code AT+QENG="servingcell"} prints while registered */
    public static void install(ModuleCore core, Radio radio, String servingCell, Runnable reboot) {
        // AT+CEREG (EPS, §10.1.22), AT+CREG (§7.2), AT+CGREG (§10.1.20): one status for the three, as LTE with a
        // combined attach reports it (an EC21 answers +CREG: 0,1, +CGREG: 0,1 and +CEREG: 0,1 together, SeeedJP/
        // WioLTEforArduino issue 5; an unregistered BG770A-GL +CEREG: 0,2 and +CREG: 0,2, w1ne/labwired-core
        // at_harvest.log); =1/=2 enable the command's URC
        for (String name : new String[] { "+CEREG", "+CREG", "+CGREG" }) {
            core.register(name, Forms.command().test(name + ": (0-2)")
                    .read(line(m -> name + ": " + radio.reportMode(name) + "," + radio.stat()
                            + (radio.reportMode(name) == 2 ? radio.location() : "")))
                    .write(change((a, m) -> radio.reportMode(name, a.count(1, 1).integer(0, 0, 2))))
                    .exec(change((a, m) -> radio.reportMode(name, 0))).incorrectParameters());
        }
        // AT+COPS? (§7.3): automatic selection; registered, the operator and the access technology; not registered,
        // the mode alone (+COPS: 0, as an unregistered BG770A-GL and BG95 answer: w1ne/labwired-core at_harvest.log
        // and a public BG95 driver log). Selecting an operator is not simulated.
        core.register("+COPS", Forms.over((command, module) -> Outcome.cme(CmeError.OPERATION_NOT_SUPPORTED))
                .read(line(m -> radio.registered() && radio.function() == 1
                        ? "+COPS: 0,0,\"" + OPERATOR + "\"," + radio.accessTechnology() : "+COPS: 0")));
        // AT+CSQ: registered, the serving cell's -70 dBm (+QENG) reads as rssi 21; without a network (searching,
        // AT+CFUN=0/4) 99,99
        core.register("+CSQ", Forms.command().test("+CSQ: (0-31,99),(0-7,99)")
                .exec(line(m -> "+CSQ: " + (radio.registered() && radio.function() == 1 ? RSSI : UNKNOWN) + ","
                        + UNKNOWN)));
        // AT+QENG="servingcell": the serving cell, or "SEARCH" while the module looks for a network
        core.register("+QENG", Forms.command().test("+QENG: \"servingcell\"").write((a, m) -> {
            if (!a.count(1, 1).string(0).equalsIgnoreCase("servingcell")) {
                return Outcome.ERROR;
            }
            return answer(m, List.of(radio.registered() ? servingCell : "+QENG: \"servingcell\",\"SEARCH\""));
        }));
        // AT+CFUN=<fun>[,<rst>]: 0 minimum and 4 flight mode drop the network, 1 brings it back; rst=1 resets the
        // module after OK (POWERED DOWN, then the boot URCs)
        core.register("+CFUN", Forms.command().read(line(m -> "+CFUN: " + radio.function()))
                .test("+CFUN: (0,1,4),(0-1)").write((a, m) -> cfun(a, m, radio, reboot)).incorrectParameters());
    }

    private static Outcome cfun(Args args, ModuleCore module, Radio radio, Runnable reboot) throws BadArgs {
        Args a = args.count(1, 2);
        int fun = a.integer(0, 0, 4);
        int rst = a.integerOr(1, 0, 1, 0);
        if (fun == 2 || fun == 3) {
            return Outcome.cme(CmeError.OPERATION_NOT_SUPPORTED);
        }
        module.post(rst == 1 ? reboot : () -> radio.function(fun));
        return Outcome.OK;
    }
}
