package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What each model prints when it powers up, and POWERED DOWN on the resets the host asks for. Expected bursts: an
 * EC2x {@code RDY}, {@code +CFUN: 1} and the SIM URCs {@code +CPIN: READY}, {@code +QUSIM: 1},
 * {@code +QIND: SMS DONE}, {@code +QIND: PB DONE} (LTE Standard AT manual's URCs); a BG95 {@code RDY}, {@code APP RDY}
 * (a BG95 console log) and the SIM URCs a public BG95 driver log shows; a BG96 {@code AT+CFUN=1,1} → {@code OK},
 * {@code POWERED DOWN}, {@code RDY} (vshymanskyy/TinyGSM issue 157), without APP RDY on its firmware line.
 */
class BootBurstTest {
    SimulatedModule module;
    ModuleLine line;

    void start(ModuleProfile profile) {
        module = SimulatedModule.start(SimConfig.defaults().withProfile(profile));
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void close() {
        line.close();
        module.close();
    }

    @Test
    void ec25ResetSaysPoweredDownThenBootsWithCfunAndTheSimUrcs() {
        start(ModuleProfile.EC25);
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1,1"));
        line.expect("POWERED DOWN", "RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE",
                "+QIND: PB DONE");
        line.send("AT").expect("AT", "OK");
    }

    @Test
    void bg95BootsWithAppRdy() {
        start(ModuleProfile.BG95);
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1,1"));
        line.expect("POWERED DOWN", "RDY", "APP RDY", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE");
    }

    @Test
    void bg96BootsWithoutAppRdy() {
        start(ModuleProfile.BG96);
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1,1"));
        line.expect("POWERED DOWN", "RDY", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE");
        line.send("AT").expect("AT", "OK");
    }

    @Test
    void qpowdSwitchesTheModuleOffUntilItIsPoweredAgain() {
        start(ModuleProfile.EG25G);
        assertEquals(List.of("OK"), line.exchange("AT+QPOWD=1"));
        line.expect("POWERED DOWN");
        line.send("AT");
        line.expectSilence(Duration.ofMillis(300));
        module.faults().reboot();
        line.expect("RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE");
        line.send("AT").expect("AT", "OK");
    }

    @Test
    void aPowerCycleWithoutWarningSaysNoPoweredDown() {
        start(ModuleProfile.BG77);
        module.faults().reboot();
        line.expect("RDY", "APP RDY", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE");
    }
}
