package io.atflow.sim.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleLine;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.Timing;

/**
 * A module closed while AT+QIOPEN's connections are up but their +QIOPEN results still on their way (the network
 * latency) closes those connections too. They used to stay open (the peer never saw the end of the stream): the
 * background connect had found the module open, and the result that would have handed the link to the socket was
 * dropped with the closed module's work.
 */
class ClosingWhileConnectingTest {

    @Test
    void connectionsWhoseResultsAreStillOnTheirWayAreClosedWithTheModule() throws Exception {
        // the results wait a minute: the module certainly closes before they arrive, however slow the machine is
        Timing slowResults = new Timing(Duration.ofSeconds(60), Timing.FAST.boot(), Timing.FAST.registration());
        try (EchoServer echo = EchoServer.quiet()) {
            SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withTiming(slowResults));
            try (ModuleLine line = ModuleLine.open(module)) {
                line.send("ATE0").expect("ATE0", "OK");
                // the first connection's background connect has long found the module open by the time the second
                // one is accepted (a command's round trip later): the close comes after that check
                Socket first = open(line, echo, 0);
                Socket second = open(line, echo, 1);
                module.close();
                echo.awaitClosed(first);
                echo.awaitClosed(second);
            } finally {
                module.close();
            }
        }
    }

    private static Socket open(ModuleLine line, EchoServer echo, int id) throws InterruptedException {
        assertEquals(List.of("OK"), line.exchange("AT+QIOPEN=1," + id + ",\"TCP\",\"127.0.0.1\"," + echo.port()
                + ",0,0"));
        return echo.nextConnection();
    }
}
