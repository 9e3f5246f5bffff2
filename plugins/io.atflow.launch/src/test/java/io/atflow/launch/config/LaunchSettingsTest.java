package io.atflow.launch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.Parity;
import io.atflow.engine.transport.StopBits;

class LaunchSettingsTest {
    @Test
    void roundTripsThroughTheAttributes() {
        LaunchSettings s = new LaunchSettings("/p/x.atflow", "/dev/ttyUSB2", 921600, 7, Parity.EVEN, StopBits.TWO,
                FlowControl.RTS_CTS, "5m", "20s", Map.of("host", "127.0.0.1", "apn", "cmnet"), "${workspace_loc}/t.log",
                new SimSettings("bg96", List.of("sim-pin", "roaming"), "drop-link@5s, slow=20ms"));
        MapAttributes a = new MapAttributes();
        s.write(a);
        assertEquals(s, LaunchSettings.read(a));
        assertEquals("EVEN", a.values.get(LaunchAttributes.PARITY));
        assertEquals("rtscts", a.values.get(LaunchAttributes.FLOW_CONTROL));
        assertEquals("2", a.values.get(LaunchAttributes.STOP_BITS));
        assertEquals("bg96", a.values.get(LaunchAttributes.PROFILE));
        assertEquals(List.of("sim-pin", "roaming"), a.values.get(LaunchAttributes.STATES));
        assertEquals("drop-link@5s, slow=20ms", a.values.get(LaunchAttributes.FAULTS));
    }

    @Test
    void emptyConfigurationRunsAgainstTheSimulatorAt115200_8N1() {
        LaunchSettings s = LaunchSettings.read(new MapAttributes());
        assertEquals(LaunchSettings.defaults(""), s);
        assertEquals("sim", s.target());
        assertEquals("115200 8N1", s.serial().format());
    }

    @Test
    void unknownStoredValuesFallBackToDefaults() {
        MapAttributes a = new MapAttributes();
        a.set(LaunchAttributes.PARITY, "purple");
        a.set(LaunchAttributes.STOP_BITS, "3");
        a.set(LaunchAttributes.FLOW_CONTROL, "magic");
        LaunchSettings s = LaunchSettings.read(a);
        assertEquals(Parity.NONE, s.parity());
        assertEquals(StopBits.ONE, s.stopBits());
        assertEquals(FlowControl.NONE, s.flowControl());
    }

    @Test
    void serialSettingsCarryTheFrame() {
        LaunchSettings s = LaunchSettings.defaults("/p/x.atflow").withTarget("/dev/ttyUSB3");
        assertEquals("/dev/ttyUSB3", s.serial().port());
        assertEquals(115200, s.serial().baud());
    }
}
