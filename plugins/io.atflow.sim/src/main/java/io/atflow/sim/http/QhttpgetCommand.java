package io.atflow.sim.http;

import java.time.Duration;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QHTTPGET[=<rsptime>]} (default 60 s): OK, then {@code +QHTTPGET: <err>[,<httprspcode>[,<content_length>]]}.
 * With AT+QHTTPCFG="requestheader",1: {@code AT+QHTTPGET=<rsptime>,<data_length>[,<input_time>]}, CONNECT, the
 * request header the host writes (exactly data_length bytes within input_time, default 60 s), OK, then the URC.
 */
public final class QhttpgetCommand implements CommandHandler {
    private final HttpSession http;

    public QhttpgetCommand(HttpSession http) {
        this.http = http;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        switch (command.form()) {
            case TEST -> {
                module.out().info("+QHTTPGET: (1-65535),(1-" + QhttpurlCommand.MAX_URL + "),(1-65535)");
                return Outcome.OK;
            }
            case EXEC -> {
                return http.get(Duration.ofSeconds(60));
            }
            case WRITE -> {
                Args a = command.arguments().count(1, 3);
                Duration response = Duration.ofSeconds(a.integer(0, 1, 65535));
                if (a.size() == 1) {
                    return http.get(response);
                }
                int length = a.integer(1, 1, QhttppostCommand.MAX_BODY);
                Duration input = Duration.ofSeconds(a.integerOr(2, 1, 65535, 60));
                return http.getWithHeader(length, input, response);
            }
            default -> {
                return Outcome.ERROR;
            }
        }
    }

    @Override
    public Outcome badSyntax() {
        return Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
    }
}
