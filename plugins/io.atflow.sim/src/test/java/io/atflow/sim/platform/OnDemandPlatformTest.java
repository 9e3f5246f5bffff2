package io.atflow.sim.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.atflow.aliyun.tsl.TslParser;
import io.atflow.platform.IotPlatform;
import io.atflow.sim.SimConfig;
import io.atflow.sim.replay.LineReader;

/**
 * {@code --port sim} starts the platform emulator only when the module first reaches for an Aliyun host: commands that
 * stay on the module (ATI) leave it off, its registry answers before it starts, a thing model given before the start
 * is there after it, and closing stops what started.
 */
class OnDemandPlatformTest {
    /** The application note's device (its §2 example), as in {@link EmbeddedSimTest}. */
    private static final String AUTH = "AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\","
            + "\"c4fa40df9c8078073d75a26be2bc8f58\"\r";
    private static final String OPEN = "AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883\r";

    @Test
    void commandsThatStayOnTheModuleStartNoEmulatorAndTheFirstOpenStartsIt() throws Exception {
        EmbeddedSim sim = EmbeddedSim.start(SimConfig.defaults());
        int port;
        try (LineReader in = new LineReader(sim.fromModule())) {
            send(sim, "ATI\r");
            assertEquals("OK", next(in, "OK"));
            send(sim, AUTH);
            assertEquals("OK", next(in, "OK"));
            assertTrue(sim.platform().started().isEmpty(), "ATI and AT+QMTCFG need no platform");
            assertTrue(sim.platform().registry().product("i2uqc2dloOl").isPresent(),
                    "the registry answers before the emulator starts");

            sim.thingModel(TslParser.parse("{\"profile\":{\"productKey\":\"i2uqc2dloOl\"},\"properties\":[]}",
                    "test model"));
            send(sim, OPEN);
            assertEquals("+QMTOPEN: 0,0", next(in, "+QMTOPEN"));
            IotPlatform platform = sim.platform().started().orElseThrow();
            assertTrue(platform.thingModels().of("i2uqc2dloOl").isPresent(), "the model given before the start");
            port = platform.mqttPort();
        } finally {
            sim.close();
        }
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }, "the emulator's listener is closed with the simulator");
    }

    @Test
    void closingASimulatorThatNeverNeededTheEmulatorStartsNone() {
        EmbeddedSim sim = EmbeddedSim.start(SimConfig.defaults());
        sim.close();
        assertTrue(sim.platform().started().isEmpty());
        assertThrows(IllegalStateException.class, () -> sim.platform().platform());
    }

    private static void send(EmbeddedSim sim, String text) throws IOException {
        sim.toModule().write(text.getBytes(StandardCharsets.US_ASCII));
        sim.toModule().flush();
    }

    /** The next line starting with {@code prefix} (within 10 s), or "(nothing)". */
    private static String next(LineReader in, String prefix) {
        String line;
        do {
            line = in.nextLine(Duration.ofSeconds(10)).orElse("(nothing)");
        } while (!line.startsWith(prefix) && !line.equals("(nothing)"));
        return line;
    }
}
