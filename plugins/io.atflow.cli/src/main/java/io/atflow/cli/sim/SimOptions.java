package io.atflow.cli.sim;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Options;
import io.atflow.sim.SimConfig;
import io.atflow.sim.Timing;

/**
 * The options of {@code atflow sim}, checked; every mistake is one sentence naming the option. {@code module} is the
 * simulated module's configuration (profile, state, faults, IMEI, timing) without its network.
 */
record SimOptions(String tcpHost, int tcpPort, Path pty, URI broker, SimConfig module, Path replay) {

    static final Set<String> VALUED = valued();

    private static Set<String> valued() {
        Set<String> names = new HashSet<>(Set.of("tcp", "pty", "broker", "imei", "timing", "replay"));
        names.addAll(ModuleOptions.VALUED);
        return Set.copyOf(names);
    }

    static SimOptions parse(List<String> args) throws CliException {
        Options o = Options.parse(args, VALUED, Set.of());
        if (!o.positionals().isEmpty()) {
            throw CliException.usage("unexpected argument \"" + o.positionals().get(0) + "\"");
        }
        if (o.has("tcp") && o.has("pty")) {
            throw CliException.usage("give either --tcp or --pty, not both");
        }
        if (o.has("replay") && (o.has("tcp") || o.has("pty"))) {
            throw CliException.usage("--replay drives the module itself; leave out --tcp and --pty");
        }
        String host = "127.0.0.1";
        int port = 0;
        if (o.has("tcp")) {
            String tcp = o.get("tcp");
            int colon = tcp.lastIndexOf(':');
            if (colon <= 0 || !tcp.substring(colon + 1).matches("[0-9]{1,5}")
                    || Integer.parseInt(tcp.substring(colon + 1)) > 65535) {
                throw CliException.usage("--tcp \"" + tcp + "\" must be HOST:PORT, e.g. 127.0.0.1:5760");
            }
            host = tcp.substring(0, colon);
            port = Integer.parseInt(tcp.substring(colon + 1));
        }
        SimConfig module = ModuleOptions.apply(o, SimConfig.defaults());
        try {
            module = module.withImei(o.get("imei", SimConfig.DEFAULT_IMEI)).withTiming(timing(o.get("timing",
                    "realistic")));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        return new SimOptions(host, port, o.has("pty") ? Path.of(o.get("pty")) : null, broker(o), module,
                o.has("replay") ? Path.of(o.get("replay")) : null);
    }

    private static URI broker(Options o) throws CliException {
        String b = o.get("broker", "embedded");
        if (b.equals("embedded")) {
            return null;
        }
        try {
            URI uri = new URI(b);
            if ("tcp".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // fall through
        }
        throw CliException.usage("--broker \"" + b + "\" must be embedded or tcp://host:port");
    }

    private static Timing timing(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "fast" -> Timing.FAST;
            case "realistic" -> Timing.REALISTIC;
            default -> throw new IllegalArgumentException("--timing \"" + name + "\" must be fast or realistic");
        };
    }
}
