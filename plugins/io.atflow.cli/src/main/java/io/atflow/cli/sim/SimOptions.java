package io.atflow.cli.sim;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Options;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.SimConfig;
import io.atflow.sim.Timing;
import io.atflow.sim.fault.FaultSpec;

/** The options of {@code atflow sim}, checked; every mistake is one sentence naming the option. */
record SimOptions(String tcpHost, int tcpPort, Path pty, URI broker, List<FaultSpec> faults, ModuleProfile profile,
        String imei, Timing timing, Path replay) {

    static final Set<String> VALUED = Set.of("tcp", "pty", "broker", "fault", "profile", "imei", "timing", "replay");

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
        List<FaultSpec> faults = new ArrayList<>();
        try {
            for (String f : o.all("fault")) {
                faults.add(FaultSpec.parse(f));
            }
            ModuleProfile profile = ModuleProfile.parse(o.get("profile", "ec2x"));
            String imei = o.get("imei", SimConfig.DEFAULT_IMEI);
            SimConfig.defaults().withImei(imei);
            return new SimOptions(host, port, o.has("pty") ? Path.of(o.get("pty")) : null, broker(o), faults,
                    profile, imei, timing(o.get("timing", "realistic")), o.has("replay") ? Path.of(o.get("replay"))
                            : null);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
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
