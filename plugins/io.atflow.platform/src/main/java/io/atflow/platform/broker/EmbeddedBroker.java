package io.atflow.platform.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformEvents;
import io.atflow.platform.ThingModels;
import io.atflow.platform.PlatformException;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The real MQTT broker underneath the platform: Moquette, in memory, on an ephemeral loopback port that only the
 * gateway uses. It keeps sessions, subscriptions, QoS flows and retained messages; logins need a gateway
 * {@link Tickets ticket}, topics are guarded by {@link DeviceTopicPolicy}, property posts answered by
 * {@link AlinkResponder}. Moquette's telemetry and persistence are switched off.
 */
public final class EmbeddedBroker implements AutoCloseable {
    /** Aliyun's largest MQTT message is 256 KB; the broker accepts that plus the headers. */
    public static final int MAX_MESSAGE_BYTES = 256 * 1024 + 1024;
    private static final String PLATFORM_CLIENT = "atflow-platform";

    /** Attempts to bind when the free port picked was taken by someone else in between. */
    private static final int BIND_ATTEMPTS = 5;

    private final Server server;
    private final InetSocketAddress address;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final ConnectedSessions sessions = new ConnectedSessions();
    private final SessionLoops loops;
    private Thread stopping;

    private EmbeddedBroker(Tickets tickets, PlatformEvents events, Clock clock, Consumer<String> disconnect,
            ThingModels models) {
        // Moquette reports an ephemeral port through a map that Netty fills on another thread without
        // synchronisation, so the port is picked here and handed to it.
        Exception last = null;
        Server started = null;
        int port = 0;
        for (int attempt = 0; attempt < BIND_ATTEMPTS && started == null; attempt++) {
            port = freeLoopbackPort();
            Server candidate = new Server();
            try {
                candidate.startServer(new MemoryConfig(properties(port)),
                        List.of(new AlinkResponder(events, clock, this::publish, models), sessions), null,
                        new TicketAuthenticator(tickets), new DeviceTopicPolicy(events, clock, disconnect));
                started = candidate;
            } catch (IOException | RuntimeException e) {
                last = e;
                stopQuietly(candidate);
            }
        }
        if (started == null) {
            throw new PlatformException("the embedded MQTT broker did not start: " + last.getMessage(), last);
        }
        this.server = started;
        this.address = new InetSocketAddress("127.0.0.1", port);
        try {
            this.loops = SessionLoops.keep(started, (loop, error) -> events.emit(
                    new PlatformEvent.BrokerLoopRestarted(clock.instant(), loop, rootCause(error))));
        } catch (IllegalStateException e) {
            stopQuietly(started);
            throw new PlatformException(e.getMessage(), e);
        }
    }

    /** The innermost cause of a failed command, as "Type: message" (Moquette wraps it twice). */
    private static String rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static void stopQuietly(Server server) {
        try {
            server.stopServer();
        } catch (RuntimeException e) {
            // a server that failed to start may have nothing to stop
        }
    }

    private static Properties properties(int port) {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", Integer.toString(port));
        p.setProperty("allow_anonymous", "false");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", Integer.toString(MAX_MESSAGE_BYTES));
        return p;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new PlatformException("no free loopback port for the embedded MQTT broker: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the broker.
     *
     * @param disconnect closes the gateway connection of a broker client id (used when a device publishes to a
     *                   topic it does not own)
     * @param models     the thing models event posts are checked against
     */
    public static EmbeddedBroker start(Tickets tickets, PlatformEvents events, Clock clock,
            Consumer<String> disconnect, ThingModels models) {
        return new EmbeddedBroker(tickets, events, clock, disconnect, models);
    }

    /** Where the gateway connects authenticated devices. */
    public InetSocketAddress address() {
        return address;
    }

    /** The broker's session loops, kept running (for tests). */
    SessionLoops loops() {
        return loops;
    }

    /** Tells when the broker has completed a client's connection. */
    public ConnectedSessions sessions() {
        return sessions;
    }

    /** Publishes from the platform itself (QoS 1, subscribers get at most their subscription's QoS). */
    public void publish(String topic, String payload) {
        server.internalPublish(MqttMessageBuilders.publish().topicName(topic).qos(MqttQoS.AT_LEAST_ONCE)
                .retained(false).messageId(1).payload(Unpooled.copiedBuffer(payload, StandardCharsets.UTF_8))
                .build(), PLATFORM_CLIENT);
    }

    /**
     * Stops the broker on a thread of its own and returns: Moquette waits out Netty's two-second quiet period before
     * its event loops end, and once the gateway is closed nothing reaches the broker (its loopback port is known to
     * the gateway only). {@link #stopped()} completes when the broker is down.
     */
    @Override
    public synchronized void close() {
        if (stopping == null) {
            loops.stop();
            stopping = new Thread(() -> {
                try {
                    server.stopServer();
                } finally {
                    stopped.complete(null);
                }
            }, "atflow-broker-stop");
            stopping.start();
        }
    }

    /** Completes when the broker, once {@link #close() closed}, has stopped. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }
}
