package io.atflow.sim.ssl;

import static io.atflow.sim.core.KeyedSettings.flag;

import io.atflow.sim.at.BadArgs;
import io.atflow.sim.core.KeyedSettings;
import io.atflow.sim.core.KeyedSettings.Index;
import io.atflow.sim.core.KeyedSettings.Write;

/**
 * {@code AT+QSSLCFG="<type>",<sslctxID>[,<value>]} (SSL Application Note of EC2x and BG95): with the value it sets
 * the context's setting (OK), without it reads it back ({@code +QSSLCFG: "<type>",<sslctxID>,<value>}). Types:
 * {@code sslversion} (0-4), {@code ciphersuite} (a code such as 0XC02B, or 0XFFFF for all), {@code seclevel} (0-2),
 * {@code cacert}, {@code clientcert}, {@code clientkey} (UFS file names, quoted), {@code ignorelocaltime} (0,1),
 * {@code negotiatetime} (10-300 s), {@code sni} (0,1). A bad type or value: ERROR.
 */
public final class QsslcfgSettings {
    private QsslcfgSettings() {
    }

    public static KeyedSettings<SslSettings> command(SslContexts contexts) {
        return new KeyedSettings<>("+QSSLCFG", new Index<>(SslContexts.MAX_ID, true, contexts::context))
                .key("sslversion", "(0-4)", s -> Integer.toString(s.sslVersion),
                        configure(contexts, (a, s) -> s.sslVersion = a.integer(2, 0, 4)))
                .key("ciphersuite", "(0X0035,0X002F,0X0005,0X0004,0X000A,0X003D,0XC013,0XC014,0XC027,0XC028,0XC02F,"
                        + "0XC030,0XC009,0XC00A,0XC023,0XC024,0XC02B,0XC02C,0XFFFF)", s -> s.cipherSuite,
                        configure(contexts, (a, s) -> s.cipherSuite = suite(a.string(2))))
                .key("cacert", "\"<cacertpath>\"", s -> quoted(s.caCert),
                        configure(contexts, (a, s) -> s.caCert = a.string(2)))
                .key("clientcert", "\"<client_cert_path>\"", s -> quoted(s.clientCert),
                        configure(contexts, (a, s) -> s.clientCert = a.string(2)))
                .key("clientkey", "\"<client_key_path>\"", s -> quoted(s.clientKey),
                        configure(contexts, (a, s) -> s.clientKey = a.string(2)))
                .key("seclevel", "(0-2)", s -> Integer.toString(s.secLevel),
                        configure(contexts, (a, s) -> s.secLevel = a.integer(2, 0, 2)))
                .key("ignorelocaltime", "(0,1)", s -> flag(s.ignoreLocalTime),
                        configure(contexts, (a, s) -> s.ignoreLocalTime = a.integer(2, 0, 1) == 1))
                .key("negotiatetime", "(10-300)", s -> Integer.toString(s.negotiateSeconds),
                        configure(contexts, (a, s) -> s.negotiateSeconds = a.integer(2, 10, 300)))
                .key("sni", "(0,1)", s -> flag(s.sni), configure(contexts, (a, s) -> s.sni = a.integer(2, 0, 1) == 1));
    }

    /** One value after the context id; the context counts as configured and a connection's snapshot sees all or none. */
    private static Write<SslSettings> configure(SslContexts contexts, Write<SslSettings> write) {
        return (a, s) -> {
            a.count(3, 3);
            synchronized (contexts) {
                write.apply(a, s);
                s.configured = true;
            }
        };
    }

    private static String suite(String code) throws BadArgs {
        String normalized = CipherSuites.normalize(code);
        if (normalized == null) {
            throw new BadArgs("unknown cipher suite " + code);
        }
        return normalized;
    }

    private static String quoted(String path) {
        return "\"" + path + "\"";
    }
}
