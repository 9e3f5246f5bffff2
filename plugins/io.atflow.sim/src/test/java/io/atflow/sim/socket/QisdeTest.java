package io.atflow.sim.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;

/**
 * AT+QISDE (BG96 and EC2x TCP/IP Application Notes): 1 (default) echoes the data of AT+QISEND, 0 does not; read and
 * test forms. Azure's embedded-wireless-framework (issue 20) sends AT+QISDE=0 to a BG96 and gets OK. AT+QSSLSTATE
 * lists the SSL clients of AT+QSSLOPEN, none here: OK alone, as that BG96 answers.
 */
class QisdeTest extends ModuleTestBase {

    @Test
    void theDataEchoIsASettingOfItsOwn() {
        assertEquals(List.of("+QISDE: 1", "OK"), line.exchange("AT+QISDE?"));
        assertEquals(List.of("+QISDE: (0,1)", "OK"), line.exchange("AT+QISDE=?"));
        assertEquals(List.of("OK"), line.exchange("AT+QISDE=0"));
        assertEquals(List.of("+QISDE: 0", "OK"), line.exchange("AT+QISDE?"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QISDE=2"));
        assertEquals(List.of("OK"), line.exchange("AT+QSSLSTATE"));
    }
}
