package io.atflow.sim.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.core.DataRequest;
import io.atflow.sim.core.Forms;
import io.atflow.sim.core.ModuleCore;

/**
 * The HTTP(S) commands of Quectel's HTTP(S) Application Notes; arguments that do not fit answer
 * {@code +CME ERROR: 730}, a request while one is running 703, a read before any request 705.
 */
public final class HttpCommands {
    static final int MAX_URL = 2048;
    static final int MAX_BODY = 1024 * 1024;

    private HttpCommands() {
    }

    public static void install(ModuleCore core, HttpSession http) {
        Supplier<Outcome> invalid = () -> Outcome.cme(CmeError.HTTP_INVALID_PARAMETER);
        core.register("+QHTTPCFG", QhttpcfgSettings.command(http));
        // AT+QHTTPURL=<URL_length>[,<timeout>]: CONNECT, then exactly URL_length bytes of URL within timeout seconds
        // (default 60), then OK; +CME ERROR: 726 when the URL does not arrive in time
        core.register("+QHTTPURL", Forms.command().test("+QHTTPURL: (1-" + MAX_URL + "),(1-65535)")
                .write((a, m) -> url(a.count(1, 2), m, http)).badSyntax(invalid));
        // AT+QHTTPGET[=<rsptime>] (default 60 s): OK, then +QHTTPGET: <err>[,<httprspcode>[,<content_length>]].
        // With AT+QHTTPCFG="requestheader",1: AT+QHTTPGET=<rsptime>,<data_length>[,<input_time>], CONNECT, the
        // request header the host writes (exactly data_length bytes within input_time, default 60 s), OK, the URC
        core.register("+QHTTPGET", Forms.command().test("+QHTTPGET: (1-65535),(1-" + MAX_URL + "),(1-65535)")
                .exec((a, m) -> http.get(Duration.ofSeconds(60))).write((a, m) -> get(a.count(1, 3), http))
                .badSyntax(invalid));
        // AT+QHTTPPOST=<data_length>[,<input_time>,<rsptime>]: connects to the server of the URL, CONNECT, exactly
        // data_length bytes of body within input_time, OK, then +QHTTPPOST: 0,<status>,<length> when the response
        // is in (or +QHTTPPOST: <err>)
        core.register("+QHTTPPOST", Forms.command().test("+QHTTPPOST: (1-" + MAX_BODY + "),(1-65535),(1-65535)")
                .write((a, m) -> post(a.count(1, 3), http)).badSyntax(invalid));
        // AT+QHTTPREAD[=<wait_time>]: CONNECT, the response body byte for byte (after the status line and headers
        // when AT+QHTTPCFG="responseheader" is 1), OK, then +QHTTPREAD: 0
        core.register("+QHTTPREAD", Forms.over(core.command("+QHTTPREAD")).exec((a, m) -> read(m, http))
                .write((a, m) -> {
                    a.count(1, 1).integer(0, 1, 65535);
                    return read(m, http);
                }).badSyntax(invalid));
    }

    private static Outcome url(Args a, ModuleCore module, HttpSession http) throws BadArgs {
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

    private static Outcome get(Args a, HttpSession http) throws BadArgs {
        Duration response = Duration.ofSeconds(a.integer(0, 1, 65535));
        if (a.size() == 1) {
            return http.get(response);
        }
        int length = a.integer(1, 1, MAX_BODY);
        Duration input = Duration.ofSeconds(a.integerOr(2, 1, 65535, 60));
        return http.getWithHeader(length, input, response);
    }

    private static Outcome post(Args a, HttpSession http) throws BadArgs {
        int length = a.integer(0, 1, MAX_BODY);
        if (a.size() == 2) {
            throw new BadArgs("input_time without rsptime");
        }
        int input = a.integerOr(1, 1, 65535, 60);
        int response = a.integerOr(2, 1, 65535, 60);
        return http.post(length, Duration.ofSeconds(input), Duration.ofSeconds(response));
    }

    private static Outcome read(ModuleCore module, HttpSession http) {
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
}
