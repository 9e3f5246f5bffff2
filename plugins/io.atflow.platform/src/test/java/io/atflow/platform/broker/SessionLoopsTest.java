package io.atflow.platform.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.aliyun.MqttCredentials;
import io.atflow.platform.Await;
import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformEvents;
import io.atflow.platform.RawMqttClient;
import io.atflow.platform.ThingModels;

/**
 * A broker command that throws does not take the broker's session loops down with it: every loop fails once here, and
 * then clients of every loop still get their CONNACK and SUBACK (with Moquette 0.17 alone those clients waited
 * forever), and each failure is reported.
 */
@Timeout(60)
class SessionLoopsTest {
    private static final String USER = "device001&i2uqc2dloOl";
    private static final String REPLY = "/sys/i2uqc2dloOl/device001/thing/event/property/post_reply";
    private final Tickets tickets = new Tickets();
    private final List<PlatformEvent> events = new CopyOnWriteArrayList<>();
    private EmbeddedBroker broker;

    @BeforeEach
    void start() {
        PlatformEvents platformEvents = new PlatformEvents();
        platformEvents.add(events::add);
        broker = EmbeddedBroker.start(tickets, platformEvents, Clock.systemUTC(), client -> { }, new ThingModels());
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void aFailedCommandEndsNoLoop() throws Exception {
        SessionLoops loops = broker.loops();
        for (int i = 0; i < loops.count(); i++) {
            loops.queue(i).put(new FutureTask<>(() -> {
                throw new IllegalStateException("a command that fails");
            }));
        }
        Await.until(Duration.ofSeconds(10), () -> restarts().size() == loops.count(),
                () -> "restarts reported: " + restarts());
        for (PlatformEvent.BrokerLoopRestarted r : restarts()) {
            assertTrue(r.describe().contains("IllegalStateException: a command that fails"), r.describe());
        }

        // Moquette gives a client id the loop abs(hashCode) % loops; clients are added until each loop has served two
        Set<Integer> served = new HashSet<>();
        int[] perLoop = new int[loops.count()];
        for (int n = 0; served.size() < loops.count(); n++) {
            String clientId = "loop-test-" + n;
            int loop = Math.abs(clientId.hashCode()) % loops.count();
            if (perLoop[loop] == 2) {
                continue;
            }
            loginAndSubscribe(clientId);
            if (++perLoop[loop] == 2) {
                served.add(loop);
            }
        }
    }

    private void loginAndSubscribe(String clientId) throws Exception {
        BrokerIdentity identity = new BrokerIdentity(clientId, USER);
        CountDownLatch connected = new CountDownLatch(1);
        broker.sessions().onceConnected(clientId, connected::countDown);
        try (RawMqttClient c = new RawMqttClient(broker.address().getPort())) {
            c.connect(new MqttCredentials(clientId, USER, tickets.issue(identity)));
            assertEquals(0, c.connack().code(), "CONNACK of " + clientId);
            // as the gateway does: Moquette drops a SUBSCRIBE read before it has marked the connection connected
            assertTrue(connected.await(10, TimeUnit.SECONDS), "the broker did not report " + clientId + " connected");
            c.subscribe(REPLY, 7);
            assertArrayEquals(new int[] { 7, 1 }, c.suback(), "SUBACK of " + clientId);
            c.disconnect();
        }
    }

    private List<PlatformEvent.BrokerLoopRestarted> restarts() {
        return events.stream().filter(e -> e instanceof PlatformEvent.BrokerLoopRestarted)
                .map(PlatformEvent.BrokerLoopRestarted.class::cast).toList();
    }
}
