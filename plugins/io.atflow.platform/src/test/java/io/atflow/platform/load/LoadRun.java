package io.atflow.platform.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.platform.Clients;
import io.atflow.platform.IotPlatform;
import io.atflow.platform.registry.Registry;

/**
 * Many devices connect to a platform at once, subscribe to their post_reply topic and post properties at a fixed
 * interval; every reply is matched to its request by id.
 */
public final class LoadRun {
    public static final String PRODUCT = "tLoad";
    public static final String SECRET = "00112233445566778899aabbccddeeff";
    private static final Pattern REPLY_ID = Pattern.compile("\"code\":200,.*\"id\":\"([0-9]+)\"");

    private final IotPlatform platform;
    private final int devices;
    private final boolean tls;
    private final Map<String, Long> outstanding = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final AtomicLong lostConnections = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong(1_000_000_000L);

    public LoadRun(IotPlatform platform, int devices, boolean tls) {
        this.platform = platform;
        this.devices = devices;
        this.tls = tls;
    }

    /** A registry with the default products plus product {@value #PRODUCT} and devices load-0000... */
    public static Registry registry(int devices) {
        StringBuilder b = new StringBuilder(Registry.defaults().text());
        b.append("product ").append(PRODUCT).append(" secret=LoadProductSecret\n");
        for (int i = 0; i < devices; i++) {
            b.append("device  ").append(PRODUCT).append('/').append(name(i)).append(" secret=").append(SECRET)
                    .append(" activated=yes\n");
        }
        return Registry.parse("load registry", b.toString());
    }

    static String name(int i) {
        return String.format("load-%04d", i);
    }

    public LoadResult run(Duration duration, Duration interval) throws Exception {
        List<MqttAsyncClient> clients = new ArrayList<>();
        long connectStart = System.nanoTime();
        List<IMqttToken> connecting = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            MqttCredentials c = new DeviceSecretLogin(new DeviceIdentity(PRODUCT, name(i)), SECRET)
                    .secureMode(tls ? "2" : "3").build();
            MqttAsyncClient client = new MqttAsyncClient(tls ? "ssl://127.0.0.1:" + platform.mqttTlsPort()
                    : "tcp://127.0.0.1:" + platform.mqttPort(), c.clientId(), new MemoryPersistence());
            client.setCallback(new Replies());
            clients.add(client);
            connecting.add(client.connect(Clients.options(platform, tls, c)));
        }
        int connected = 0;
        for (IMqttToken t : connecting) {
            try {
                t.waitForCompletion(60_000);
                connected++;
            } catch (MqttException e) {
                // counted as not connected
            }
        }
        long connectNanos = System.nanoTime() - connectStart;
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).isConnected()) {
                clients.get(i).subscribe(topic(i) + "_reply", 1).waitForCompletion(30_000);
            }
        }
        ScheduledExecutorService posters = Executors.newScheduledThreadPool(4);
        long postStart = System.nanoTime();
        for (int i = 0; i < clients.size(); i++) {
            MqttAsyncClient client = clients.get(i);
            String topic = topic(i);
            long offset = ThreadLocalRandom.current().nextLong(interval.toNanos());
            posters.scheduleAtFixedRate(() -> post(client, topic), offset, interval.toNanos(), TimeUnit.NANOSECONDS);
        }
        Thread.sleep(duration.toMillis());
        posters.shutdownNow();
        posters.awaitTermination(10, TimeUnit.SECONDS);
        long postNanos = System.nanoTime() - postStart;
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!outstanding.isEmpty() && System.nanoTime() < drainDeadline) {
            Thread.sleep(20);
        }
        for (MqttAsyncClient c : clients) {
            try {
                if (c.isConnected()) {
                    c.disconnect().waitForCompletion(10_000);
                }
                c.close();
            } catch (MqttException e) {
                // ignore on shutdown
            }
        }
        return new LoadResult(devices, connected, connectNanos, postNanos, sent.get(), latencies.size(),
                outstanding.size(), sendErrors.get(), unexpected.get(), lostConnections.get(),
                latencies.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static String topic(int i) {
        return "/sys/" + PRODUCT + "/" + name(i) + "/thing/event/property/post";
    }

    private void post(MqttAsyncClient client, String topic) {
        String id = Long.toString(sequence.incrementAndGet());
        byte[] body = ("{\"id\":" + id + ",\"params\":{\"Temp\":23.9,\"Humi\":69},\"version\":\"1.0\","
                + "\"method\":\"thing.event.property.post\"}").getBytes(StandardCharsets.UTF_8);
        outstanding.put(id, System.nanoTime());
        try {
            client.publish(topic, body, 1, false);
            sent.incrementAndGet();
        } catch (MqttException e) {
            outstanding.remove(id);
            sendErrors.incrementAndGet();
        }
    }

    private final class Replies implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            lostConnections.incrementAndGet();
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            long now = System.nanoTime();
            Matcher m = REPLY_ID.matcher(new String(message.getPayload(), StandardCharsets.UTF_8));
            Long start = m.find() ? outstanding.remove(m.group(1)) : null;
            if (start == null) {
                unexpected.incrementAndGet();
            } else {
                latencies.add(now - start);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
