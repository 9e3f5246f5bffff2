package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.sim.DeviceState.Coverage;
import io.atflow.sim.DeviceState.SimStatus;

/** The --state names: one per dimension, with times where a state lasts, and clear sentences for mistakes. */
class DeviceStateTest {

    @Test
    void namesCombineAcrossDimensions() {
        DeviceState s = DeviceState.parse("sim-busy=1500ms", "roaming", "searching=10s");
        assertEquals(SimStatus.BUSY, s.sim());
        assertEquals(Duration.ofMillis(1500), s.simBusy());
        assertEquals(Coverage.ROAMING, s.coverage());
        assertEquals(Duration.ofSeconds(10), s.searching());
        assertEquals(List.of("sim-busy=1500ms", "roaming", "searching=10000ms"), s.names());
        assertEquals(DeviceState.READY, DeviceState.parse(List.of()));
        assertEquals(DeviceState.READY, DeviceState.parse("ready", "home"));
        assertEquals(DeviceState.DEFAULT_SEARCHING, DeviceState.parse("searching").searching());
        assertEquals(List.of("no-sim", "no-service"), DeviceState.parse("NO-SIM", "no-service").names());
        assertEquals(List.of("pdp-active"), DeviceState.parse("pdp-active").names());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "flying => unknown device state \"flying\"; use ready, no-sim, sim-pin, sim-busy[=<time>], home, roaming, "
                + "no-service, searching[=<time>], pdp-active",
        "sim-pin,no-sim => state \"no-sim\" sets the SIM a second time; give one",
        "home,roaming => state \"roaming\" sets the network a second time; give one",
        "roaming=5s => state \"roaming=5s\" takes no value; states are ready, no-sim, sim-pin, sim-busy[=<time>], "
                + "home, roaming, no-service, searching[=<time>], pdp-active",
        "searching=soon => the time of state searching=soon must be a duration such as 500ms, 5s or 2m, not \"soon\"",
        "no-service,searching => state searching ends in registration and no-service never registers; give one of them",
        "pdp-active,sim-pin => state pdp-active needs a ready SIM and a module registered at power-up; it does not go "
                + "with no-sim, sim-pin, sim-busy, no-service or searching" })
    void mistakesAreOneSentence(String names, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> DeviceState.parse(List.of(names.split(",")))).getMessage());
    }
}
