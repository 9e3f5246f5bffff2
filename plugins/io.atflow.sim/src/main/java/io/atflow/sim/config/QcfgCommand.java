package io.atflow.sim.config;

import java.util.Locale;
import java.util.Map;

import io.atflow.sim.ModuleProfile;
import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QCFG="<setting>"} prints {@code +QCFG: "<setting>",<values>}; {@code AT+QCFG="<setting>",<values>}
 * changes them (OK); {@code AT+QCFG=?} lists the ranges. Settings are kept in the module's NV, so they survive
 * AT+CFUN=1,1 and reboots. A setting the simulator does not keep answers ERROR. See {@link QcfgSettings}.
 */
public final class QcfgCommand implements CommandHandler {
    private final Map<String, QcfgSetting> settings;

    public QcfgCommand(ModuleProfile profile) {
        this.settings = QcfgSettings.of(profile);
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            settings.values().forEach(s -> module.out().info(s.test()));
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments();
        QcfgSetting s = settings.get(a.string(0).toLowerCase(Locale.ROOT));
        if (s == null) {
            return Outcome.ERROR;
        }
        if (a.size() == 1) {
            module.out().info(s.read());
        } else {
            s.write(a);
        }
        return Outcome.OK;
    }
}
