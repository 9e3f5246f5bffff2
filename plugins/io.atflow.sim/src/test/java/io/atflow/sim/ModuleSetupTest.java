package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.DeviceState.Coverage;
import io.atflow.sim.DeviceState.SimStatus;
import io.atflow.sim.fault.FaultKind;

/** Names as the CLI and the launch configuration give them become one simulator configuration. */
class ModuleSetupTest {

    @Test
    void namesBecomeProfileStateAndFaults() {
        SimConfig c = new ModuleSetup("BG95", List.of("sim-pin", "roaming"), List.of("drop-link@5s", "slow=20ms"))
                .applyTo(SimConfig.defaults());
        assertEquals(ModuleProfile.BG95, c.profile());
        assertEquals(SimStatus.PIN_REQUIRED, c.state().sim());
        assertEquals(Coverage.ROAMING, c.state().coverage());
        assertEquals(List.of(FaultKind.DROP_LINK, FaultKind.SLOW), c.faults().stream().map(f -> f.kind()).toList());
        assertEquals(Duration.ofSeconds(5), c.faults().get(0).at());
        assertEquals("20ms", c.faults().get(1).value());
    }

    @Test
    void noProfileKeepsTheConfigurationsAndNothingElseChanges() {
        SimConfig base = SimConfig.defaults().withProfile(ModuleProfile.BG77).withImei("123456789012345");
        SimConfig c = new ModuleSetup(null, List.of(), List.of()).applyTo(base);
        assertEquals(ModuleProfile.BG77, c.profile());
        assertEquals("123456789012345", c.imei());
        assertEquals(DeviceState.READY, c.state());
        assertEquals(List.of(), c.faults());
    }

    @Test
    void mistakesAreTheParsersSentences() {
        assertEquals("unknown module profile \"bg66\"; use one of " + ModuleProfile.names(),
                assertThrows(IllegalArgumentException.class, () -> new ModuleSetup("bg66", List.of(), List.of())
                        .applyTo(SimConfig.defaults())).getMessage());
        assertEquals("fault \"slow\" needs a pause, e.g. slow=20ms", assertThrows(IllegalArgumentException.class,
                () -> new ModuleSetup("ec25", List.of(), List.of("slow")).applyTo(SimConfig.defaults())).getMessage());
        assertEquals("state \"no-sim\" sets the SIM a second time; give one", assertThrows(
                IllegalArgumentException.class, () -> new ModuleSetup(null, List.of("sim-pin", "no-sim"), List.of())
                        .applyTo(SimConfig.defaults())).getMessage());
    }
}
