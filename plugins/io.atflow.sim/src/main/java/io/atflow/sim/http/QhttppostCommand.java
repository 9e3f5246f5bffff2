package io.atflow.sim.http;

import java.time.Duration;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QHTTPPOST=<data_length>[,<input_time>,<rsptime>]}: connects to the server of the URL, {@code CONNECT},
 * exactly data_length bytes of body within input_time, OK, then {@code +QHTTPPOST: 0,<status>,<length>} when the
 * response is in (or {@code +QHTTPPOST: <err>}).
 */
public final class QhttppostCommand implements CommandHandler {
    public static final int MAX_BODY = 1024 * 1024;
    private final HttpSession http;

    public QhttppostCommand(HttpSession http) {
        this.http = http;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info("+QHTTPPOST: (1-" + MAX_BODY + "),(1-65535),(1-65535)");
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(1, 3);
        int length = a.integer(0, 1, MAX_BODY);
        if (a.size() == 2) {
            throw new BadArgs("input_time without rsptime");
        }
        int input = a.integerOr(1, 1, 65535, 60);
        int response = a.integerOr(2, 1, 65535, 60);
        return http.post(length, Duration.ofSeconds(input), Duration.ofSeconds(response));
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
    }
}
