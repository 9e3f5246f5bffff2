package io.atflow.sim.http;

import static io.atflow.sim.core.KeyedSettings.flag;

import io.atflow.sim.at.CmeError;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.cellular.Radio;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.KeyedSettings;
import io.atflow.sim.core.KeyedSettings.Index;

/**
 * {@code AT+QHTTPCFG="contextid"|"requestheader"|"responseheader"|"sslctxid"|"contenttype"[,<value>]}: sets the
 * value, or without one prints {@code +QHTTPCFG: "<setting>",<value>}. Wrong values: {@code +CME ERROR: 730}.
 */
public final class QhttpcfgSettings {
    private QhttpcfgSettings() {
    }

    public static CommandHandler command(HttpSession http) {
        return new KeyedSettings<>("+QHTTPCFG", Index.none(http::settings))
                .key("contextid", "(1-16)", s -> Integer.toString(s.contextId),
                        (a, s) -> s.contextId = a.count(2, 2).integer(1, Radio.MIN_CID, Radio.MAX_CID))
                .key("requestheader", "(0,1)", s -> flag(s.requestHeader),
                        (a, s) -> s.requestHeader = a.count(2, 2).integer(1, 0, 1) == 1)
                .key("responseheader", "(0,1)", s -> flag(s.responseHeader),
                        (a, s) -> s.responseHeader = a.count(2, 2).integer(1, 0, 1) == 1)
                .key("sslctxid", "(0-5)", s -> Integer.toString(s.sslCtxId),
                        (a, s) -> s.sslCtxId = a.count(2, 2).integer(1, 0, 5))
                .key("contenttype", "(0-3)", s -> Integer.toString(s.contentType),
                        (a, s) -> s.contentType = a.count(2, 2).integer(1, 0, HttpSettings.CONTENT_TYPES.length - 1))
                .badSyntax(Outcome.cme(CmeError.HTTP_INVALID_PARAMETER));
    }
}
