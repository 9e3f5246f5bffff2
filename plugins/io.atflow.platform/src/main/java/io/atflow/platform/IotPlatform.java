package io.atflow.platform;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.atflow.platform.alink.EventPost;
import io.atflow.platform.auth.LoginPolicy;
import io.atflow.platform.broker.EmbeddedBroker;
import io.atflow.platform.broker.Tickets;
import io.atflow.platform.gateway.Connections;
import io.atflow.platform.gateway.GatewayContext;
import io.atflow.platform.gateway.GatewayServer;
import io.atflow.platform.https.HttpsServer;
import io.atflow.platform.registration.Registrations;
import io.atflow.platform.registration.TokenFactory;
import io.atflow.platform.registry.Device;
import io.atflow.platform.registry.Registry;
import io.atflow.platform.tls.PlatformTrust;
import io.atflow.platform.tls.TlsMaterial;
import io.atflow.platform.upstream.UpstreamService;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The Aliyun-like IoT platform emulator: MQTT (plain and TLS) listeners that authenticate devices like Aliyun in
 * front of an embedded Moquette broker (or of an {@link Upstream} broker), and the HTTPS registration endpoint. Start it with
 * {@link #start(PlatformConfig)}, stop it with {@link #close()}.
 */
public final class IotPlatform implements AutoCloseable {
    private static final int NETWORK_THREADS = 2;

    static {
        // Netty's use of sun.misc.Unsafe makes JDK 24+ print warnings on stderr; the emulator does not need it
        if (System.getProperty("io.netty.noUnsafe") == null) {
            System.setProperty("io.netty.noUnsafe", "true");
        }
    }

    private final PlatformConfig config;
    private final Registry registry;
    private final PlatformEvents events = new PlatformEvents();
    private final Connections connections = new Connections();
    private final ThingModels thingModels = new ThingModels();
    private TlsMaterial tls;
    private EmbeddedBroker broker;
    private UpstreamService upstream;
    private EventLoopGroup group;
    private Channel mqtt;
    private Channel mqttTls;
    private Channel https;
    private boolean closed;

    private IotPlatform(PlatformConfig config) {
        this.config = config;
        this.registry = config.registry() == null ? Registry.defaults() : config.registry();
    }

    /**
     * Starts all listeners. Failures are {@link PlatformException}s with one sentence ({@link PortInUseException}
     * when a port is taken); nothing keeps running after a failure.
     */
    public static IotPlatform start(PlatformConfig config) {
        IotPlatform platform = new IotPlatform(config);
        try {
            platform.open();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void open() {
        Path tlsDir = config.tlsDirectory() != null ? config.tlsDirectory()
                : registry.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
        tls = TlsMaterial.open(config.certificateNames(), tlsDir);
        Tickets tickets = new Tickets();
        group = new NioEventLoopGroup(NETWORK_THREADS, new DefaultThreadFactory("atflow-platform", true));
        if (config.upstream() == null) {
            broker = EmbeddedBroker.start(tickets, events, config.clock(), connections::disconnect, thingModels);
        } else {
            upstream = UpstreamService.start(group, config.upstream(), this::servesHere, thingModels, events,
                    config.clock());
        }
        Registrations registrations = new Registrations(registry, new TokenFactory(), config.clock());
        LoginPolicy policy = new LoginPolicy(registry, registrations, config.clock(), config.tokenLifetime());
        GatewayContext gw = new GatewayContext(policy, tickets, broker, config.upstream(), connections, events,
                config.clock());
        var serverTls = tls.serverContext();
        mqtt = bind(Endpoint.MQTT, config.mqttPort(),
                () -> GatewayServer.bind(group, config.host(), config.mqttPort(), null, gw));
        mqttTls = bind(Endpoint.MQTT_TLS, config.mqttTlsPort(),
                () -> GatewayServer.bind(group, config.host(), config.mqttTlsPort(), serverTls, gw));
        https = bind(Endpoint.HTTPS, config.httpsPort(), () -> HttpsServer.bind(group, config.host(),
                config.httpsPort(), serverTls, registrations, events, config.clock()));
    }

    /** Whether the device of an event post is connected through this platform (which then answers it). */
    private boolean servesHere(EventPost post) {
        return connections.serves(Device.key(post.productKey(), post.deviceName()));
    }

    private interface Binder {
        Channel bind() throws Exception;
    }

    private Channel bind(Endpoint transport, int port, Binder binder) {
        if (port < 0) {
            return null;
        }
        try {
            return binder.bind();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while opening the " + transport.label() + " listener", e);
        } catch (Exception e) {
            if (e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")) {
                throw new PortInUseException(transport, config.host(), port, e);
            }
            throw new PlatformException("cannot listen on " + config.host() + ":" + port + " for "
                    + transport.label() + ": " + e.getMessage() + "; check the bind address and port", e);
        }
    }

    /** The address the listeners are bound to. */
    public String host() {
        return config.host();
    }

    /** Port of the plain MQTT listener, or -1 when it is off. */
    public int mqttPort() {
        return port(mqtt);
    }

    /** Port of the MQTT-over-TLS listener, or -1 when it is off. */
    public int mqttTlsPort() {
        return port(mqttTls);
    }

    /** Port of the HTTPS registration endpoint, or -1 when it is off. */
    public int httpsPort() {
        return port(https);
    }

    /** How clients trust the TLS listeners. */
    public PlatformTrust trust() {
        return tls.trust();
    }

    /** The live registry: answers secret references and shows what registrations issued. */
    public Registry registry() {
        return registry;
    }

    /** The upstream broker devices are relayed to, or empty with the embedded broker. */
    public java.util.Optional<Upstream> upstream() {
        return java.util.Optional.ofNullable(config.upstream());
    }

    /**
     * The thing models posts are checked against, by product; {@code thingModels().load(file)} gives one while the
     * platform runs.
     */
    public ThingModels thingModels() {
        return thingModels;
    }

    /** Device connections currently handed to the broker (or relayed to the upstream). */
    public int connectedDevices() {
        return connections.size();
    }

    public void addListener(PlatformListener listener) {
        events.add(listener);
    }

    public void removeListener(PlatformListener listener) {
        events.remove(listener);
    }

    /** Stops the listeners, drops every device connection and stops the broker. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Channel c : new Channel[] { mqtt, mqttTls, https }) {
            if (c != null) {
                c.close().syncUninterruptibly();
            }
        }
        connections.closeAll();
        if (upstream != null) {
            upstream.close();
        }
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (broker != null) {
            broker.close();
        }
        if (tls != null) {
            tls.close();
        }
    }

    private static int port(Channel c) {
        return c == null ? -1 : ((InetSocketAddress) c.localAddress()).getPort();
    }
}
