package io.atflow.platform.broker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import io.atflow.platform.PlatformEvents;
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

    private final Server server = new Server();
    private final InetSocketAddress address;

    private EmbeddedBroker(Tickets tickets, PlatformEvents events, Clock clock, Consumer<String> disconnect) {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", "0");
        p.setProperty("allow_anonymous", "false");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", Integer.toString(MAX_MESSAGE_BYTES));
        try {
            server.startServer(new MemoryConfig(p),
                    List.of(new AlinkResponder(events, clock, this::publish)), null,
                    new TicketAuthenticator(tickets), new DeviceTopicPolicy(events, clock, disconnect));
        } catch (IOException | RuntimeException e) {
            throw new PlatformException("the embedded MQTT broker did not start: " + e.getMessage(), e);
        }
        address = new InetSocketAddress("127.0.0.1", boundPort());
    }

    /** Moquette learns its ephemeral port from a listener that may run a moment after startServer returns. */
    private int boundPort() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        int port = server.getPort();
        while (port == 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            port = server.getPort();
        }
        if (port == 0) {
            server.stopServer();
            throw new PlatformException("the embedded MQTT broker did not report its port");
        }
        return port;
    }

    /**
     * Starts the broker.
     *
     * @param disconnect closes the gateway connection of a broker client id (used when a device publishes to a
     *                   topic it does not own)
     */
    public static EmbeddedBroker start(Tickets tickets, PlatformEvents events, Clock clock,
            Consumer<String> disconnect) {
        return new EmbeddedBroker(tickets, events, clock, disconnect);
    }

    /** Where the gateway connects authenticated devices. */
    public InetSocketAddress address() {
        return address;
    }

    /** Publishes from the platform itself (QoS 1, subscribers get at most their subscription's QoS). */
    public void publish(String topic, String payload) {
        server.internalPublish(MqttMessageBuilders.publish().topicName(topic).qos(MqttQoS.AT_LEAST_ONCE)
                .retained(false).messageId(1).payload(Unpooled.copiedBuffer(payload, StandardCharsets.UTF_8))
                .build(), PLATFORM_CLIENT);
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
