package io.atflow.sim.basic;

import static io.atflow.sim.core.Forms.change;
import static io.atflow.sim.core.Forms.line;
import static io.atflow.sim.core.Forms.print;

import io.atflow.sim.ModuleIdentity;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.Forms.Action;
import io.atflow.sim.core.ModuleCore;

/**
 * The V.250 basic commands, AT+CMEE, AT+QPOWD and the module's identity: manufacturer, model, revision and build,
 * each under its 27.007 and V.250 name, and the IMEI.
 */
public final class BasicCommands {
    private BasicCommands() {
    }

    public static void install(ModuleCore core, ModuleIdentity identity, String imei, Runnable powerDown) {
        core.register("", (command, module) -> Outcome.OK); // AT: the module is alive
        // ATE0 / ATE1: command echo off or on (ATE alone means ATE0)
        core.register("E", Forms.command().exec(change((a, m) -> m.echo(false)))
                .write(change((a, m) -> m.echo(a.integer(0, 0, 1) == 1))));
        // ATI (ATI0): manufacturer, model and revision, one per line
        Action ati = print(m -> identity.ati());
        core.register("I", Forms.command().exec(ati)
                .write((a, m) -> a.string(0).equals("0") ? ati.run(a, m) : Outcome.ERROR));
        // ATZ and AT&F restore the default V.250 settings (echo on, numeric CME errors); AT&W is accepted as a no-op
        CommandHandler defaults = (command, module) -> {
            module.echo(true);
            module.cmee(1);
            return Outcome.OK;
        };
        core.register("Z", defaults);
        core.register("&F", defaults);
        core.register("&W", (command, module) -> Outcome.OK);
        // ATV1; ATV0 (numeric result codes) is not simulated and answers ERROR
        core.register("V", (command, module) -> command.form() == Form.WRITE
                && command.args().get(0).text().equals("1") ? Outcome.OK : Outcome.ERROR);
        // AT+CMEE: how errors are reported (0 ERROR, 1 numeric +CME ERROR, 2 verbose)
        core.register("+CMEE", Forms.command().read(line(m -> "+CMEE: " + m.cmee())).test("+CMEE: (0-2)")
                .write(change((a, m) -> m.cmee(a.count(1, 1).integer(0, 0, 2))))
                .exec(change((a, m) -> m.cmee(0))).incorrectParameters());
        // AT+QPOWD[=<n>]: OK, then POWERED DOWN, and the module is off until it is powered up again (n 0 immediate
        // or 1 normal power-down; the simulator does both the same way)
        core.register("+QPOWD", Forms.command().test().exec(change((a, m) -> m.post(powerDown)))
                .write(change((a, m) -> {
                    a.count(1, 1).integer(0, 0, 1);
                    m.post(powerDown);
                })));
        identityLines(core, identity, imei);
    }

    private static void identityLines(ModuleCore core, ModuleIdentity identity, String imei) {
        Forms imeiLine = Forms.infoLine(() -> imei);
        core.register("+CGSN", imeiLine);
        core.register("+GSN", imeiLine);
        Forms manufacturer = Forms.infoLine(() -> ModuleIdentity.MANUFACTURER);
        core.register("+CGMI", manufacturer);
        core.register("+GMI", manufacturer);
        Forms model = Forms.infoLine(identity::model);
        core.register("+CGMM", model);
        core.register("+GMM", model);
        Forms revision = Forms.infoLine(identity::revision);
        core.register("+CGMR", revision);
        core.register("+GMR", revision);
        core.register("+QGMR", Forms.infoLine(identity::build));
    }
}
