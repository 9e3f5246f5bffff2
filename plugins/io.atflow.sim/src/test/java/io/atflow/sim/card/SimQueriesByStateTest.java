package io.atflow.sim.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleInStateTestBase;
import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleProfile;

/**
 * The commands that need the (U)SIM, in each SIM state. Error codes and texts: 3GPP TS 27.007 §9.2 (10 SIM not
 * inserted, 11 SIM PIN required, 14 SIM busy), turned into ERROR, the number or the text by AT+CMEE 0/1/2 (§9.1).
 * EF_ICCID is readable without the PIN (ETSI TS 102 221 §13.2, READ ALW), the IMSI is not. AT+QINISTAT: 0 in the
 * initial state; a ready BG96 answers {@code +QINISTAT: 3} and {@code (0-3)} to the test form, and
 * {@code +QSIMSTAT: 0,0} once its SIM is out (forums.quectel.com/t/6164); EC2x counts the phonebook too (7).
 */
class SimQueriesByStateTest extends ModuleInStateTestBase {
    @Test
    void withoutASimNothingOnItCanBeRead() {
        start(ModuleProfile.EC25, "no-sim");
        line.exchange("AT+CMEE=1");
        assertEquals(List.of("+CME ERROR: 10"), line.exchange("AT+QCCID"));
        assertEquals(List.of("+CME ERROR: 10"), line.exchange("AT+CIMI"));
        assertEquals(List.of("+QINISTAT: 0", "OK"), line.exchange("AT+QINISTAT"));
        assertEquals(List.of("+QSIMSTAT: 0,0", "OK"), line.exchange("AT+QSIMSTAT?"));
        line.exchange("AT+CMEE=2");
        assertEquals(List.of("+CME ERROR: SIM not inserted"), line.exchange("AT+QCCID"));
        assertEquals(List.of("+CME ERROR: SIM not inserted"), line.exchange("AT+CIMI"));
        line.exchange("AT+CMEE=0");
        assertEquals(List.of("ERROR"), line.exchange("AT+CIMI"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCCID"));
        assertEquals(List.of("ERROR"), line.exchange("AT+CPIN?"));
    }

    @Test
    void aLockedSimShowsItsIccidButNotItsImsiUntilThePin() {
        start(ModuleProfile.BG95, "sim-pin");
        assertEquals(List.of("+CME ERROR: 11"), line.exchange("AT+CIMI"));
        assertEquals(List.of("+QCCID: 89860044300100010910", "OK"), line.exchange("AT+QCCID"));
        assertEquals(List.of("+QINISTAT: 0", "OK"), line.exchange("AT+QINISTAT"));
        assertEquals(List.of("+QSIMSTAT: 0,1", "OK"), line.exchange("AT+QSIMSTAT?"));
        line.exchange("AT+CMEE=2");
        assertEquals(List.of("+CME ERROR: SIM PIN required"), line.exchange("AT+CIMI"));
        assertEquals(List.of("OK"), line.exchange("AT+CPIN=\"" + DeviceState.PIN + "\""));
        line.expect("+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE");
        assertEquals(List.of("460000010001091", "OK"), line.exchange("AT+CIMI"));
        assertEquals(List.of("+QINISTAT: 3", "OK"), line.exchange("AT+QINISTAT"));
        assertEquals(List.of("+QINISTAT: (0-3)", "OK"), line.exchange("AT+QINISTAT=?"));
    }

    @Test
    void aBusySimAnswers14ToEveryQuery() {
        start(ModuleProfile.EC21, "sim-busy=2m");
        assertEquals(List.of("+CME ERROR: 14"), line.exchange("AT+QCCID"));
        assertEquals(List.of("+CME ERROR: 14"), line.exchange("AT+CIMI"));
        assertEquals(List.of("+QINISTAT: 0", "OK"), line.exchange("AT+QINISTAT"));
        assertEquals(List.of("+QSIMSTAT: 0,1", "OK"), line.exchange("AT+QSIMSTAT?"));
        line.exchange("AT+CMEE=2");
        assertEquals(List.of("+CME ERROR: SIM busy"), line.exchange("AT+CIMI"));
        line.exchange("AT+CMEE=0");
        assertEquals(List.of("ERROR"), line.exchange("AT+QCCID"));
    }

    @Test
    void aReadySimReportsEveryBitItsFamilyHas() {
        start(ModuleProfile.BG96);
        assertEquals(List.of("+QINISTAT: 3", "OK"), line.exchange("AT+QINISTAT"));
        assertEquals(List.of("+QINISTAT: (0-3)", "OK"), line.exchange("AT+QINISTAT=?"));
        assertEquals(List.of("+QSIMSTAT: 0,1", "OK"), line.exchange("AT+QSIMSTAT?"));
    }
}
