package io.atflow.platform.broker;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

import io.atflow.platform.PlatformEvents;
import io.atflow.platform.ThingModels;

/**
 * Closing the broker returns at once; the broker really stops behind it and its port is released. Isolated: a broker
 * of a test class running beside it could be given the released port and answer the last connect.
 */
@Isolated
@Timeout(60)
class EmbeddedBrokerStopTest {
    @Test
    void closeStopsTheBrokerInTheBackgroundAndReleasesItsPort() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(new Tickets(), new PlatformEvents(), Clock.systemUTC(),
                client -> { }, new ThingModels());
        try (Socket s = connect(broker)) {
            // listening
        }
        broker.close();
        broker.close();
        broker.stopped().get(20, TimeUnit.SECONDS);
        assertThrows(ConnectException.class, () -> connect(broker).close());
    }

    private static Socket connect(EmbeddedBroker broker) throws IOException {
        return new Socket(broker.address().getHostString(), broker.address().getPort());
    }
}
