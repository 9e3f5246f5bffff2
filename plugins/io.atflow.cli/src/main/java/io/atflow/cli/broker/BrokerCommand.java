package io.atflow.cli.broker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.aliyun.tsl.TslParser;
import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;
import io.atflow.cli.StopSignal;
import io.atflow.platform.Endpoint;
import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformConfig;
import io.atflow.platform.PlatformException;
import io.atflow.platform.PortInUseException;
import io.atflow.platform.Upstream;
import io.atflow.platform.registry.Registry;
import io.atflow.platform.registry.RegistryException;

/**
 * {@code atflow broker}: runs the Aliyun-like IoT platform emulator until Ctrl-C, printing where it listens and one
 * line per connect, reject (with the reason), registration, refusal and disconnect. The application note reaches TLS
 * on port 1883 ({@code AT+QMTCFG="ssl"}); {@code --tls-port 1883 --port 1884} reproduces that. With
 * {@code --upstream tcp://host:port} the authenticated devices are relayed to an existing MQTT broker instead of the
 * embedded one ({@link UpstreamOptions}).
 */
public final class BrokerCommand implements Command {
    public static final int DEFAULT_PORT = 1883;
    public static final int DEFAULT_TLS_PORT = 8883;
    public static final int DEFAULT_HTTPS_PORT = 8443;
    private static final Set<String> VALUED = valued();

    private static Set<String> valued() {
        Set<String> names = new HashSet<>(Set.of("port", "tls-port", "https-port", "registry", "bind", "thing-model"));
        names.addAll(UpstreamOptions.VALUED);
        return Set.copyOf(names);
    }

    private final Supplier<StopSignal> stopSignal;
    private final Map<String, String> env;

    public BrokerCommand() {
        this(() -> StopSignal.onShutdown("atflow-broker-stop", Duration.ofSeconds(15)), System.getenv());
    }

    /** For tests and embedding: {@code stopSignal} decides when the broker stops. */
    public BrokerCommand(Supplier<StopSignal> stopSignal) {
        this(stopSignal, System.getenv());
    }

    /** {@code env} is where {@code --upstream-password-env} looks. */
    public BrokerCommand(Supplier<StopSignal> stopSignal, Map<String, String> env) {
        this.stopSignal = stopSignal;
        this.env = env;
    }

    @Override
    public String name() {
        return "broker";
    }

    @Override
    public String synopsis() {
        return "broker [--port N (1883)] [--tls-port N (8883)] [--https-port N (8443)]"
                + " [--registry FILE (~/.atflow/platform/registry.txt)] [--bind ADDR (127.0.0.1)] "
                + UpstreamOptions.SYNOPSIS + " [--thing-model FILE] [--verbose]";
    }

    /** The registry file used when {@code --registry} is not given. */
    public static Path defaultRegistry() {
        return Path.of(System.getProperty("user.home"), ".atflow", "platform", "registry.txt");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, VALUED, Set.of("verbose"));
        if (!o.positionals().isEmpty()) {
            throw CliException.usage("unexpected argument \"" + o.positionals().get(0) + "\"");
        }
        PlatformConfig config = PlatformConfig.defaults().withHost(o.get("bind", "127.0.0.1"))
                .withPorts(port(o, "port", DEFAULT_PORT), port(o, "tls-port", DEFAULT_TLS_PORT),
                        port(o, "https-port", DEFAULT_HTTPS_PORT))
                .withRegistry(registry(o)).withUpstream(UpstreamOptions.parse(o, env));
        ThingModel model = o.has("thing-model") ? thingModel(Path.of(o.get("thing-model"))) : null;
        StopSignal stop = stopSignal.get();
        try {
            try (IotPlatform platform = start(config)) {
                banner(platform, out);
                if (model != null) {
                    platform.thingModels().put(model);
                    out.println("atflow broker: thing model " + o.get("thing-model") + " for product "
                            + model.productKey() + " (" + model.properties().size() + " properties, "
                            + model.events().size() + " events, " + model.services().size() + " services)");
                }
                platform.upstream().ifPresent(up -> out.println("atflow broker: upstream  "
                        + UpstreamOptions.describe(up, o)));
                out.println("atflow broker: ready; Ctrl-C stops");
                platform.addListener(new EventLog(out, o.has("verbose")));
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.println("atflow broker: stopped");
            return 0;
        } finally {
            stop.finished();
        }
    }

    /** The thing model exported from the console that {@code --thing-model} names, read before anything starts. */
    private static ThingModel thingModel(Path file) throws CliException {
        try {
            return TslParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw CliException.usage("cannot read the thing model " + file + " (" + e.getClass().getSimpleName()
                    + "); check --thing-model");
        } catch (AliyunInputException e) {
            throw CliException.usage(e.getMessage() + "; check --thing-model");
        }
    }

    private static IotPlatform start(PlatformConfig config) throws CliException {
        try {
            return IotPlatform.start(config);
        } catch (PortInUseException e) {
            throw CliException.usage(e.getMessage() + "; choose another with " + option(e.transport()));
        } catch (PlatformException e) {
            Upstream up = config.upstream();
            if (up != null && e.getMessage().startsWith("the upstream MQTT broker ")) {
                throw CliException.usage(e.getMessage() + (e.getMessage().contains(" refused ")
                        ? "; check --upstream-password-env and the broker's users and ACLs" : "; check --upstream"));
            }
            throw CliException.usage(e.getMessage());
        }
    }

    private static Registry registry(Options o) throws CliException {
        Path file = o.has("registry") ? Path.of(o.get("registry")) : defaultRegistry();
        try {
            return Registry.load(file);
        } catch (RegistryException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private static int port(Options o, String name, int fallback) throws CliException {
        String value = o.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CliException.usage("--" + name + " must be a port number from 0 to 65535 (0 picks a free one), not \""
                + value + "\"");
    }

    static String option(Endpoint t) {
        return switch (t) {
            case MQTT -> "--port";
            case MQTT_TLS -> "--tls-port";
            case HTTPS -> "--https-port";
        };
    }

    private static void banner(IotPlatform p, PrintStream out) {
        String host = p.host().contains(":") ? "[" + p.host() + "]" : p.host();
        Registry r = p.registry();
        out.println("atflow broker: MQTT      tcp://" + host + ":" + p.mqttPort() + "  (securemode=3)");
        out.println("atflow broker: MQTT/TLS  ssl://" + host + ":" + p.mqttTlsPort()
                + "  (securemode=2 and -2: device secret, register, regnwl, connwl)");
        out.println("atflow broker: HTTPS     https://" + host + ":" + p.httpsPort() + "/auth/register/device");
        out.println("atflow broker: registry  " + r.file().map(Path::toString).orElse("(in memory)") + " ("
                + r.products().size() + " products, " + r.devices().size() + " devices)");
        out.println("atflow broker: CA cert   " + p.trust().pemFile());
    }
}
