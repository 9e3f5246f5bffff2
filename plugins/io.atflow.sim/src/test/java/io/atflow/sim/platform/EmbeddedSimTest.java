package io.atflow.sim.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.atflow.sim.SimConfig;
import io.atflow.sim.replay.LineReader;

/** The one-object setup behind --port sim reaches the emulator and stops everything on close. */
class EmbeddedSimTest {

    @Test
    void streamsReachAModuleThatReachesTheEmulator() throws Exception {
        EmbeddedSim sim = EmbeddedSim.start(SimConfig.defaults());
        try (LineReader in = new LineReader(sim.fromModule())) {
            sim.toModule().write(("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\","
                    + "\"c4fa40df9c8078073d75a26be2bc8f58\"\rAT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\","
                    + "1883\r").getBytes(StandardCharsets.US_ASCII));
            String line;
            do {
                line = in.nextLine(Duration.ofSeconds(10)).orElse("(nothing)");
            } while (!line.startsWith("+QMTOPEN") && !line.equals("(nothing)"));
            assertEquals("+QMTOPEN: 0,0", line);
        } finally {
            sim.close();
        }
        assertTrue(sim.module().isClosed());
    }
}
