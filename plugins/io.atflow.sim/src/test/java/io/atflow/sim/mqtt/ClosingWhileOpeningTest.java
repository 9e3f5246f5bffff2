package io.atflow.sim.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleLine;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.Timing;

/**
 * A module closed while AT+QMTOPEN's connections are up but their +QMTOPEN results still on their way (the network
 * latency) closes those connections too. They used to stay open until the server gave up on the missing CONNECT:
 * the result that would have handed the channel to its client was dropped with the closed module's work.
 */
class ClosingWhileOpeningTest {

    @Test
    void connectionsWhoseResultsAreStillOnTheirWayAreClosedWithTheModule() throws Exception {
        // the results wait a minute: the module certainly closes before they arrive, however slow the machine is
        Timing slowResults = new Timing(Duration.ofSeconds(60), Timing.FAST.boot(), Timing.FAST.registration());
        try (ServerSocket broker = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            broker.setSoTimeout(10_000);
            SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withTiming(slowResults));
            try (ModuleLine line = ModuleLine.open(module)) {
                line.send("ATE0").expect("ATE0", "OK");
                // the first open's background work has long been done by the time the second connection is
                // accepted (a command's round trip later): the close comes after it
                try (Socket first = open(line, broker, 0); Socket second = open(line, broker, 1)) {
                    module.close();
                    assertEquals(-1, first.getInputStream().read(), "the module closed the first connection");
                    assertEquals(-1, second.getInputStream().read(), "the module closed the second connection");
                }
            } finally {
                module.close();
            }
        }
    }

    /** AT+QMTOPEN of client {@code id}; the connection the broker accepted (reads bounded by 10 s). */
    private static Socket open(ModuleLine line, ServerSocket broker, int id) throws IOException {
        assertEquals(List.of("OK"), line.exchange("AT+QMTOPEN=" + id + ",\"127.0.0.1\"," + broker.getLocalPort()));
        Socket s = broker.accept();
        s.setSoTimeout(10_000);
        return s;
    }
}
