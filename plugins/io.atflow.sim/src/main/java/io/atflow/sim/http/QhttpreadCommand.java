package io.atflow.sim.http;

import java.nio.charset.StandardCharsets;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QHTTPREAD[=<wait_time>]}: {@code CONNECT}, the response body byte for byte (after the status line and
 * headers when AT+QHTTPCFG="responseheader" is 1), OK, then {@code +QHTTPREAD: 0}.
 */
public final class QhttpreadCommand implements CommandHandler {
    private final HttpSession http;

    public QhttpreadCommand(HttpSession http) {
        this.http = http;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> {
                module.out().info("+QHTTPREAD: (1-65535)");
                return Outcome.OK;
            }
            case WRITE -> command.arguments().count(1, 1).integer(0, 1, 65535);
            case EXEC -> {
                // default wait time
            }
            default -> {
                return Outcome.ERROR;
            }
        }
        if (http.busy()) {
            return Outcome.cme(CmeError.HTTP_BUSY);
        }
        HttpResponse r = http.response();
        if (r == null) {
            return Outcome.cme(CmeError.HTTP_NO_REQUEST);
        }
        module.out().raw("\r\nCONNECT\r\n".getBytes(StandardCharsets.US_ASCII));
        if (http.settings().responseHeader) {
            module.out().raw(r.head());
        }
        module.out().raw(r.body());
        module.post(() -> module.out().urc("+QHTTPREAD: 0"));
        return Outcome.OK;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
    }
}
