package io.atflow.sim.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QHTTPURL=<URL_length>[,<timeout>]}: {@code CONNECT}, then exactly URL_length bytes of URL within
 * timeout seconds (default 60), then OK; {@code +CME ERROR: 726} when the URL does not arrive in time.
 */
public final class QhttpurlCommand implements CommandHandler {
    public static final int MAX_URL = 2048;
    private final HttpSession http;

    public QhttpurlCommand(HttpSession http) {
        this.http = http;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QHTTPURL: (1-" + MAX_URL + "),(1-65535)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(1, 2);
        int length = a.integer(0, 1, MAX_URL);
        int timeout = a.integerOr(1, 1, 65535, 60);
        if (http.busy()) {
            return Outcome.cme(CmeError.HTTP_BUSY);
        }
        module.out().info("CONNECT");
        module.expectData(DataRequest.exactly(length, Duration.ofSeconds(timeout), new DataRequest.Sink() {
            @Override
            public Outcome received(byte[] data) {
                http.url(new String(data, StandardCharsets.UTF_8));
                return Outcome.OK;
            }

            @Override
            public Outcome timedOut() {
                return Outcome.cme(CmeError.HTTP_INPUT_TIMEOUT);
            }
        }));
        return Outcome.PENDING;
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
    }
}
