package io.atflow.sim.ssl;

import java.util.List;
import java.util.Locale;

import io.atflow.sim.at.Args;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.ParsedCommand.Form;
import io.atflow.sim.core.CommandHandler;
import io.atflow.sim.core.ModuleCore;

/**
 * {@code AT+QSSLCFG="<type>",<sslctxID>[,<value>]} (SSL Application Note of EC2x and BG95): with the value it sets
 * the context's setting (OK), without it reads it back ({@code +QSSLCFG: "<type>",<sslctxID>,<value>}). Types:
 * {@code sslversion} (0-4), {@code ciphersuite} (a code such as 0XC02B, or 0XFFFF for all), {@code seclevel} (0-2),
 * {@code cacert}, {@code clientcert}, {@code clientkey} (UFS file names, quoted), {@code ignorelocaltime} (0,1),
 * {@code negotiatetime} (10-300 s), {@code sni} (0,1). A bad type or value: ERROR.
 */
public final class QsslcfgCommand implements CommandHandler {
    static final List<String> TEST = List.of(
            "+QSSLCFG: \"sslversion\",(0-5),(0-4)",
            "+QSSLCFG: \"ciphersuite\",(0-5),(0X0035,0X002F,0X0005,0X0004,0X000A,0X003D,0XC013,0XC014,0XC027,0XC028,"
                    + "0XC02F,0XC030,0XC009,0XC00A,0XC023,0XC024,0XC02B,0XC02C,0XFFFF)",
            "+QSSLCFG: \"cacert\",(0-5),\"<cacertpath>\"",
            "+QSSLCFG: \"clientcert\",(0-5),\"<client_cert_path>\"",
            "+QSSLCFG: \"clientkey\",(0-5),\"<client_key_path>\"",
            "+QSSLCFG: \"seclevel\",(0-5),(0-2)",
            "+QSSLCFG: \"ignorelocaltime\",(0-5),(0,1)",
            "+QSSLCFG: \"negotiatetime\",(0-5),(10-300)",
            "+QSSLCFG: \"sni\",(0-5),(0,1)");

    private final SslContexts contexts;

    public QsslcfgCommand(SslContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public Outcome handle(ParsedCommand command, ModuleCore module) throws BadArgs {
        if (command.form() == Form.TEST) {
            module.out().info(TEST);
            return Outcome.OK;
        }
        if (command.form() != Form.WRITE) {
            return Outcome.ERROR;
        }
        Args a = command.arguments().count(2, 3);
        String type = a.string(0).toLowerCase(Locale.ROOT);
        int id = a.integer(1, 0, SslContexts.MAX_ID);
        boolean read = a.size() == 2;
        String value;
        synchronized (contexts) {
            SslSettings s = contexts.context(id);
            value = switch (type) {
                case "sslversion" -> Integer.toString(read ? s.sslVersion : (s.sslVersion = a.integer(2, 0, 4)));
                case "ciphersuite" -> read ? s.cipherSuite : (s.cipherSuite = suite(a.string(2)));
                case "seclevel" -> Integer.toString(read ? s.secLevel : (s.secLevel = a.integer(2, 0, 2)));
                case "cacert" -> quoted(read ? s.caCert : (s.caCert = a.string(2)));
                case "clientcert" -> quoted(read ? s.clientCert : (s.clientCert = a.string(2)));
                case "clientkey" -> quoted(read ? s.clientKey : (s.clientKey = a.string(2)));
                case "ignorelocaltime" -> flag(read ? s.ignoreLocalTime
                        : (s.ignoreLocalTime = a.integer(2, 0, 1) == 1));
                case "negotiatetime" -> Integer.toString(read ? s.negotiateSeconds
                        : (s.negotiateSeconds = a.integer(2, 10, 300)));
                case "sni" -> flag(read ? s.sni : (s.sni = a.integer(2, 0, 1) == 1));
                default -> throw new BadArgs("unknown SSL setting \"" + type + "\"");
            };
            if (!read) {
                s.configured = true;
            }
        }
        if (read) {
            module.out().info("+QSSLCFG: \"" + type + "\"," + id + "," + value);
        }
        return Outcome.OK;
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

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }
}
