package io.atflow.sim.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleLine;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/** AT+CCLK, AT+QNTP, AT+QLTS on a module whose world clock stands still at 2026-12-07 01:30:00 UTC. */
class ClockCommandsTest {
    static final Instant WORLD = Instant.parse("2026-12-07T01:30:00Z");
    SimulatedModule module;
    ModuleLine line;

    void start(SimConfig config) {
        module = SimulatedModule.start(config.withClock(Clock.fixed(WORLD, ZoneOffset.UTC)));
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void close() {
        line.close();
        module.close();
    }

    @Test
    void anUnsetClockShowsTheGpsEpochAndCclkSetsItInQuarterHours() {
        start(SimConfig.defaults());
        assertEquals(List.of("+CCLK: \"80/01/06,00:00:00+00\"", "OK"), line.exchange("AT+CCLK?"));
        assertEquals(List.of("OK"), line.exchange("AT+CCLK=\"26/12/07,09:30:00+32\""));
        assertEquals(List.of("+CCLK: \"26/12/07,09:30:00+32\"", "OK"), line.exchange("AT+CCLK?"));
        assertEquals(List.of("OK"), line.exchange("AT+CCLK=\"26/12/06,20:00:00-22\""));
        assertEquals(List.of("+CCLK: \"26/12/06,20:00:00-22\"", "OK"), line.exchange("AT+CCLK?"));
        assertEquals(List.of("+QLTS: \"2026/12/06,20:00:00-22,0\"", "OK"), line.exchange("AT+QLTS=2"));
    }

    @Test
    void badTimesAreCme50() {
        start(SimConfig.defaults());
        assertEquals(List.of("+CME ERROR: 50"), line.exchange("AT+CCLK=\"26/13/07,09:30:00+32\""));
        assertEquals(List.of("+CME ERROR: 50"), line.exchange("AT+CCLK=\"26/12/07,09:30:00+60\""));
        assertEquals(List.of("+CME ERROR: 50"), line.exchange("AT+CCLK=\"2026/12/07,09:30:00+32\""));
    }

    @Test
    void qntpAnswersLaterAndSetsTheClock() {
        start(SimConfig.defaults());
        assertEquals(List.of("OK"), line.exchange("AT+CCLK=\"20/01/01,00:00:00+32\""));
        assertEquals(List.of("OK"), line.exchange("AT+QNTP=1,\"ntp.aliyun.com\",123"));
        assertEquals("+QNTP: 0,\"2026/12/07,09:30:00+32\"", line.next());
        assertEquals(List.of("+CCLK: \"26/12/07,09:30:00+32\"", "OK"), line.exchange("AT+CCLK?"));
    }

    @Test
    void qntpWithoutAutosetLeavesTheClock() {
        start(SimConfig.defaults());
        assertEquals(List.of("OK"), line.exchange("AT+QNTP=1,\"ntp.aliyun.com\",123,0"));
        assertEquals("+QNTP: 0,\"2026/12/07,01:30:00+00\"", line.next());
        assertEquals(List.of("+CCLK: \"80/01/06,00:00:00+00\"", "OK"), line.exchange("AT+CCLK?"));
    }

    @Test
    void qntpWithoutNetworkReports561() {
        start(SimConfig.defaults().withState(DeviceState.parse("no-service")));
        assertEquals(List.of("OK"), line.exchange("AT+QNTP=1,\"ntp.aliyun.com\""));
        assertEquals("+QNTP: 561", line.next());
    }

    @Test
    void qltsHasNoNetworkTimeFromTheSimulatedCell() {
        start(SimConfig.defaults());
        assertEquals(List.of("+QLTS: \"\"", "OK"), line.exchange("AT+QLTS"));
        assertEquals(List.of("+QLTS: \"\"", "OK"), line.exchange("AT+QLTS=1"));
        assertTrue(line.exchange("AT+QLTS=3").get(0).equals("ERROR"));
    }
}
