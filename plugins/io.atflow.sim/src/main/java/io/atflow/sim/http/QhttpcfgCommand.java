package io.atflow.sim.http;

import java.util.Locale;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QHTTPCFG="contextid"|"requestheader"|"responseheader"|"sslctxid"|"contenttype"[,<value>]}: sets the
 * value, or without one prints {@code +QHTTPCFG: "<setting>",<value>}. Wrong values: {@code +CME ERROR: 730}.
 */
public final class QhttpcfgCommand implements CommandHandler {
    private final HttpSession http;

    public QhttpcfgCommand(HttpSession http) {
        this.http = http;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QHTTPCFG: \"contextid\",(1-16)", "+QHTTPCFG: \"requestheader\",(0,1)",
                    "+QHTTPCFG: \"responseheader\",(0,1)", "+QHTTPCFG: \"sslctxid\",(0-5)",
                    "+QHTTPCFG: \"contenttype\",(0-3)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(1, 2);
        String name = a.string(0).toLowerCase(Locale.ROOT);
        HttpSettings s = http.settings();
        if (a.size() == 2) {
            set(s, name, a);
        } else {
            module.out().info("+QHTTPCFG: \"" + name + "\"," + get(s, name));
        }
        return Outcome.OK;
    }

    private static int get(HttpSettings s, String name) throws BadArgs {
        return switch (name) {
            case "contextid" -> s.contextId;
            case "requestheader" -> s.requestHeader ? 1 : 0;
            case "responseheader" -> s.responseHeader ? 1 : 0;
            case "sslctxid" -> s.sslCtxId;
            case "contenttype" -> s.contentType;
            default -> throw new BadArgs("unknown setting " + name);
        };
    }

    private static void set(HttpSettings s, String name, Args a) throws BadArgs {
        switch (name) {
            case "contextid" -> s.contextId = a.integer(1, Radio.MIN_CID, Radio.MAX_CID);
            case "requestheader" -> s.requestHeader = a.integer(1, 0, 1) == 1;
            case "responseheader" -> s.responseHeader = a.integer(1, 0, 1) == 1;
            case "sslctxid" -> s.sslCtxId = a.integer(1, 0, 5);
            case "contenttype" -> s.contentType = a.integer(1, 0, HttpSettings.CONTENT_TYPES.length - 1);
            default -> throw new BadArgs("unknown setting " + name);
        }
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
    }
}
