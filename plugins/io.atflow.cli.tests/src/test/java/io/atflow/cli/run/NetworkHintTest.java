package io.atflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.OpenTarget;
import io.atflow.sim.platform.EmbeddedSim;
import io.atflow.sim.run.SimTarget;

/**
 * A script whose text opens an MQTT connection (the application note's AT+QMTOPEN) has the simulator's emulator
 * started before it runs; one that stays on the module (AT, ATI) leaves it to start on demand, i.e. never.
 */
class NetworkHintTest {
    @TempDir
    Path dir;

    @Test
    void aScriptThatOpensMqttGetsTheEmulatorStartedBeforeItRuns() throws Exception {
        Path mqtt = Files.writeString(dir.resolve("mqtt.atflow"),
                "send at+qmtopen=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883\n");
        Path module = Files.writeString(dir.resolve("module.atflow"), "send AT\nsend ATI expect /Quectel/\n");
        assertTrue(NetworkHint.needsNetwork(mqtt), "lower case is the same command");
        assertFalse(NetworkHint.needsNetwork(module));
        assertFalse(NetworkHint.needsNetwork(dir.resolve("missing.atflow")));

        try (OpenTarget target = SimTarget.standard().open()) {
            EmbeddedSim sim = target.adapter(EmbeddedSim.class).orElseThrow();
            assertTrue(sim.platform().started().isEmpty(), "the simulator alone starts no emulator");
            NetworkHint.startEmulator(target);
            assertTrue(sim.platform().started().isPresent());
        }
    }
}
