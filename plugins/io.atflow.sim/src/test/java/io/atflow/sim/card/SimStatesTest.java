package io.atflow.sim.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleInStateTestBase;
import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleProfile;

/**
 * The (U)SIM states a bring-up script meets, each error as AT+CMEE selects it. Codes and texts are 3GPP TS 27.007
 * §9.2's (10 SIM not inserted, 11 SIM PIN required, 14 SIM busy, 16 incorrect password, 3 operation not allowed);
 * AT+CPIN answers are 27.007 §8.3's. A BG770A-GL capture (w1ne/labwired-core) shows AT+CPIN=<pin> on a ready SIM
 * answering ERROR, +CME ERROR: 3 and +CME ERROR: operation not allowed under AT+CMEE=0, 1, 2; a public BG95 driver
 * log shows OK, +CPIN: READY, +QUSIM: 1, +CREG: 0,2 and +QIND: SMS DONE after the PIN.
 */
class SimStatesTest extends ModuleInStateTestBase {
    @Test
    void aReadySimAnswersReadyAndRefusesAPin() {
        start(ModuleProfile.BG770A);
        assertEquals(List.of("+CPIN: READY", "OK"), line.exchange("AT+CPIN?"));
        assertEquals(List.of("OK"), line.exchange("AT+CPIN=?"));
        line.exchange("AT+CMEE=0");
        assertEquals(List.of("ERROR"), line.exchange("AT+CPIN=\"0000\""));
        line.exchange("AT+CMEE=1");
        assertEquals(List.of("+CME ERROR: 3"), line.exchange("AT+CPIN=\"0000\""));
        line.exchange("AT+CMEE=2");
        assertEquals(List.of("+CME ERROR: operation not allowed"), line.exchange("AT+CPIN=\"0000\""));
    }

    @Test
    void withoutASimTheModuleNeitherReadsItNorRegisters() {
        start(ModuleProfile.EC25, "no-sim");
        assertEquals(List.of("+CME ERROR: 10"), line.exchange("AT+CPIN?"));
        line.exchange("AT+CMEE=2");
        assertEquals(List.of("+CME ERROR: SIM not inserted"), line.exchange("AT+CPIN?"));
        line.exchange("AT+CMEE=0");
        assertEquals(List.of("ERROR"), line.exchange("AT+CPIN?"));
        assertEquals(List.of("+CEREG: 0,0", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QIACT=1"));
        module.faults().reboot();
        line.expect("RDY", "+CFUN: 1", "+CPIN: NOT INSERTED");
    }

    @Test
    void aPinLockedSimAsksForItsPinAndRegistersOnceItIsGiven() {
        start(ModuleProfile.BG95, "sim-pin");
        assertEquals(List.of("+CPIN: SIM PIN", "OK"), line.exchange("AT+CPIN?"));
        assertEquals(List.of("+CEREG: 0,0", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("+CME ERROR: 16"), line.exchange("AT+CPIN=\"0000\""));
        line.exchange("AT+CMEE=2");
        assertEquals(List.of("+CME ERROR: incorrect password"), line.exchange("AT+CPIN=\"0000\""));
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=1"));
        assertEquals(List.of("OK"), line.exchange("AT+CPIN=\"" + DeviceState.PIN + "\""));
        line.expect("+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+CEREG: 2", "+CEREG: 1");
        assertEquals(List.of("+CPIN: READY", "OK"), line.exchange("AT+CPIN?"));
        module.faults().reboot();
        line.expect("RDY", "APP RDY", "+CPIN: SIM PIN");
    }

    @Test
    void aBusySimAnswers14UntilItIsReady() {
        start(ModuleProfile.EC21, "sim-busy=1500ms");
        assertEquals(List.of("+CME ERROR: 14"), line.exchange("AT+CPIN?"));
        line.exchange("AT+CMEE=2");
        assertEquals(List.of("+CME ERROR: SIM busy"), line.exchange("AT+CPIN?"));
        line.expect("+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE");
        assertEquals(List.of("+CPIN: READY", "OK"), line.exchange("AT+CPIN?"));
    }
}
