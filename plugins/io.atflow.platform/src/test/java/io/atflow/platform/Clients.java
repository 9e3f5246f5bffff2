package io.atflow.platform;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import io.atflow.aliyun.MqttCredentials;

/** Real MQTT clients (Eclipse Paho) against a running platform. */
public final class Clients {
    /** Messages a client received, and whether the platform closed its connection. */
    public static final class Inbox implements MqttCallback {
        public final BlockingQueue<Received> messages = new ArrayBlockingQueue<>(10_000);
        public final CountDownLatch lost = new CountDownLatch(1);

        @Override
        public void connectionLost(Throwable cause) {
            lost.countDown();
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            messages.add(new Received(topic, new String(message.getPayload(), java.nio.charset.StandardCharsets.UTF_8),
                    message.getQos()));
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }

        public Received next() throws InterruptedException {
            Received r = messages.poll(10, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no message arrived within 10 s");
            }
            return r;
        }

        public boolean disconnected() throws InterruptedException {
            return lost.await(10, TimeUnit.SECONDS);
        }
    }

    public record Received(String topic, String payload, int qos) {
    }

    private Clients() {
    }

    public static MqttClient client(IotPlatform platform, boolean tls, String clientId) throws MqttException {
        String uri = tls ? "ssl://127.0.0.1:" + platform.mqttTlsPort() : "tcp://127.0.0.1:" + platform.mqttPort();
        MqttClient client = new MqttClient(uri, clientId, new MemoryPersistence());
        // Paho waits forever by default; a publish racing the platform's disconnect must end, not hang the test
        client.setTimeToWait(10_000);
        return client;
    }

    public static MqttConnectOptions options(IotPlatform platform, boolean tls, MqttCredentials c) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(60);
        if (c.username() != null) {
            o.setUserName(c.username());
        }
        if (c.password() != null) {
            o.setPassword(c.password().toCharArray());
        }
        if (tls) {
            o.setSocketFactory(platform.trust().sslContext().getSocketFactory());
        }
        return o;
    }

    /** Connects and returns the client with an inbox attached; fails the test if the platform refuses. */
    public static MqttClient connect(IotPlatform platform, boolean tls, MqttCredentials c, Inbox inbox)
            throws MqttException {
        MqttClient client = client(platform, tls, c.clientId());
        client.setCallback(inbox);
        client.connect(options(platform, tls, c));
        return client;
    }

    /** The CONNACK return code the platform answers, 0 for accepted (the client is disconnected again). */
    public static int connackCode(IotPlatform platform, boolean tls, MqttCredentials c) throws MqttException {
        MqttClient client = client(platform, tls, c.clientId());
        try {
            client.connect(options(platform, tls, c));
            client.disconnect();
            return 0;
        } catch (MqttException e) {
            if (e.getReasonCode() < 1 || e.getReasonCode() > 5) {
                throw e;
            }
            return e.getReasonCode();
        } finally {
            client.close(true);
        }
    }

    /**
     * Sends DISCONNECT and closes the socket from the client's side, as a device does. (Paho's disconnectForcibly
     * instead waits, 2 s here, for the server to close first: MQTT lets the server leave that to the client.) A client
     * the platform dropped meanwhile is closed forcibly.
     */
    public static void close(MqttClient client) {
        try {
            if (client.isConnected()) {
                client.disconnect(0);
            }
        } catch (MqttException e) {
            forcibly(client);
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            // already gone
        }
    }

    private static void forcibly(MqttClient client) {
        try {
            client.disconnectForcibly(0, 100, false);
        } catch (MqttException e) {
            // already gone
        }
    }
}
