package io.atflow.cli.broker;

import java.util.Map;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Options;
import io.atflow.platform.Upstream;

/**
 * {@code --upstream tcp://host:port} and how relayed devices log into it: {@code --upstream-client-id} and
 * {@code --upstream-user} templates ({@code {productKey}}, {@code {deviceName}}), {@code --upstream-password-env}
 * naming the environment variable that holds the password (never the password itself on the command line).
 */
final class UpstreamOptions {
    static final Set<String> VALUED = Set.of("upstream", "upstream-client-id", "upstream-user",
            "upstream-password-env");
    static final String SYNOPSIS = "[--upstream tcp://host:port [--upstream-client-id T] [--upstream-user T]"
            + " [--upstream-password-env VAR]]";

    private UpstreamOptions() {
    }

    /** The upstream the options describe, or null for the embedded broker. */
    static Upstream parse(Options o, Map<String, String> env) throws CliException {
        if (!o.has("upstream")) {
            for (String name : VALUED) {
                if (o.has(name)) {
                    throw CliException.usage("--" + name + " applies only together with --upstream tcp://host:port");
                }
            }
            return null;
        }
        Upstream up;
        try {
            up = Upstream.parse(o.get("upstream"));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--upstream \"" + o.get("upstream") + "\" must be tcp://host:port of an MQTT"
                    + " broker, e.g. tcp://127.0.0.1:1883");
        }
        String password = null;
        if (o.has("upstream-password-env")) {
            String var = o.get("upstream-password-env");
            password = env.get(var);
            if (password == null) {
                throw CliException.usage("--upstream-password-env names " + var + ", which is not set in the"
                        + " environment");
            }
        }
        return up.withCredentials(template(o, "upstream-client-id", Upstream.DEFAULT_CLIENT_ID),
                template(o, "upstream-user", Upstream.DEFAULT_USERNAME), password);
    }

    private static String template(Options o, String name, String fallback) throws CliException {
        String t = o.get(name, fallback);
        if (t.isEmpty() || !t.replace("{productKey}", "").replace("{deviceName}", "").matches("[^{}]*")) {
            throw CliException.usage("--" + name + " \"" + t + "\" may use only {productKey} and {deviceName} as"
                    + " placeholders");
        }
        return t;
    }

    /** The banner line: where devices go and as whom. */
    static String describe(Upstream up, Options o) {
        return up.uri() + "  (devices relayed as client id " + up.clientId() + ", user " + up.username()
                + (o.has("upstream-password-env") ? ", password from $" + o.get("upstream-password-env")
                        : ", no password")
                + "; post replies from client " + Upstream.SERVICE_USER + ")";
    }
}
