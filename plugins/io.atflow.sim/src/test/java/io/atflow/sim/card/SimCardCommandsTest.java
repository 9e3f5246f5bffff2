package io.atflow.sim.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;

/**
 * The (U)SIM's identity (EC2x&EG9x&EG2x-G&EM05 AT Commands Manual §5.1 AT+CIMI: the IMSI on a line of its own; §5.7
 * AT+QCCID: {@code +QCCID: <ICCID>}; §5.9 AT+QINISTAT: {@code +QINISTAT: <status>}, 7 when CPIN READY, SMS and
 * phonebook are done; §5.11 AT+QSIMSTAT: {@code +QSIMSTAT: <enable>,<inserted_status>}). The default module's IMEI is
 * 864430010001091; the expected IMSI and ICCID were computed outside the project:
 * {@code python3 -c "b='898600'+'864430010001091'[2:]; ..."} with a Luhn check gives 89860044300100010910, and
 * MCC+MNC 46000 with the last ten IMEI digits gives 460000010001091.
 */
class SimCardCommandsTest extends ModuleTestBase {

    @Test
    void imsiAndIccid() {
        assertEquals(List.of("460000010001091", "OK"), line.exchange("AT+CIMI"));
        assertEquals(List.of("+QCCID: 89860044300100010910", "OK"), line.exchange("AT+QCCID"));
        assertEquals(List.of("OK"), line.exchange("AT+CIMI=?"));
        assertEquals(List.of("OK"), line.exchange("AT+QCCID=?"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCCID?"));
    }

    @Test
    void everyModuleHasItsOwnSim() {
        SimIdentity other = SimIdentity.of("359072060123457");
        // python3: IMSI 46000 + 2060123457; ICCID 898600 + 9072060123457 + Luhn digit 3
        assertEquals("460002060123457", other.imsi());
        assertEquals("89860090720601234573", other.iccid());
        assertThrows(IllegalArgumentException.class, () -> SimIdentity.of("123"));
    }

    @Test
    void initializationStatus() {
        assertEquals(List.of("+QINISTAT: 7", "OK"), line.exchange("AT+QINISTAT"));
        assertEquals(List.of("+QINISTAT: (0-7)", "OK"), line.exchange("AT+QINISTAT=?"));
    }

    @Test
    void insertionReportSettingIsSaved() {
        assertEquals(List.of("+QSIMSTAT: 0,1", "OK"), line.exchange("AT+QSIMSTAT?"));
        assertEquals(List.of("+QSIMSTAT: (0,1)", "OK"), line.exchange("AT+QSIMSTAT=?"));
        assertEquals(List.of("OK"), line.exchange("AT+QSIMSTAT=1"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QSIMSTAT=2"));
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1,1"));
        line.expect("POWERED DOWN", "RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE",
                "+QIND: PB DONE");
        line.send("ATE0").expect("ATE0", "OK");
        assertEquals(List.of("+QSIMSTAT: 1,1", "OK"), line.exchange("AT+QSIMSTAT?"));
    }
}
