package io.atflow.sim.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.atflow.sim.ModuleLine;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.RefusedPort;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.platform.PlatformNetwork;

/**
 * How each model reports an AT+QMTOPEN that cannot connect. EC25 (forums.quectel.com/t/qmtopen-0-1-error/3562) and
 * BG96 (johncobb/catm1_bg96 issue 9) answer OK, then the URC +QMTOPEN: 0,-1; the BG95 reports +QMTOPEN: 0,-1 and
 * then ERROR, without OK (issue 20), as the BG77 on the same platform does. A link that opens is OK then
 * +QMTOPEN: 0,0 everywhere (a BG95 driver log; a BG770A-GL capture in w1ne/labwired-core).
 */
class QmtopenReportTest {
    static final String HOST = "\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883";
    static PlatformNetwork network;
    SimulatedModule module;
    ModuleLine line;

    @BeforeAll
    static void startPlatform() {
        network = PlatformNetwork.embedded();
    }

    @AfterAll
    static void stopPlatform() {
        network.close();
    }

    void start(ModuleProfile profile) {
        module = SimulatedModule.start(SimConfig.defaults().withProfile(profile).withNetwork(network.network()));
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void close() {
        line.close();
        module.close();
    }

    @ParameterizedTest
    @EnumSource(names = { "EC21", "EC25", "EG25G", "BG96", "BG770A" })
    void okFirstThenTheFailureAsAUrc(ModuleProfile profile) throws Exception {
        start(profile);
        try (RefusedPort refused = new RefusedPort()) {
            assertEquals(List.of("OK"), line.exchange("AT+QMTOPEN=0,\"127.0.0.1\"," + refused.port()));
            line.expect("+QMTOPEN: 0,-1");
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "BG95", "BG77" })
    void theFailureThenErrorWithoutOk(ModuleProfile profile) throws Exception {
        start(profile);
        try (RefusedPort refused = new RefusedPort()) {
            assertEquals(List.of("+QMTOPEN: 0,-1", "ERROR"),
                    line.exchange("AT+QMTOPEN=0,\"127.0.0.1\"," + refused.port()));
        }
    }

    @ParameterizedTest
    @EnumSource(names = { "EC25", "BG95" })
    void anOpenedLinkIsOkThenTheUrc(ModuleProfile profile) {
        start(profile);
        assertEquals(List.of("OK"), line.exchange("AT+QMTOPEN=0," + HOST));
        line.expect("+QMTOPEN: 0,0");
    }
}
