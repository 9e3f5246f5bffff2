package io.atflow.sim.cellular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;

/** Registration, serving cell, PDP contexts and radio function. */
class NetworkCommandsTest extends ModuleTestBase {
    static final String ADDRESSES = "\"10.113.242.215\",\"2409:8930:434:5ACF:ACC8:DEB2:8B17:44DB\"";

    @Test
    void registrationReadsAndUrcModes() {
        assertEquals(List.of("+CEREG: 0,1", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("+CEREG: (0-2)", "OK"), line.exchange("AT+CEREG=?"));
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=2"));
        assertEquals(List.of("+CEREG: 2,1,\"550B\",\"5C4EF01\",7", "OK"), line.exchange("AT+CEREG?"));
        assertEquals(List.of("+CME ERROR: 50"), line.exchange("AT+CEREG=3"));
        assertEquals(List.of("OK"), line.exchange("AT+CEREG=1"));
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=0"));
        line.expect("+CEREG: 0", "+QIURC: \"pdpdeact\",1");
        assertEquals(List.of("+CFUN: 0", "OK"), line.exchange("AT+CFUN?"));
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1"));
        line.expect("+CEREG: 1");
        assertEquals(List.of("+CGPADDR: 1," + ADDRESSES, "OK"), line.exchange("AT+CGPADDR=1"));
    }

    @Test
    void servingCellIsTheNotesCell() {
        assertEquals(List.of("+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"TDD\",460,00,5C4EF01,121,38400,39,5,5,550B,"
                + "-98,-8,-70,21,42", "OK"), line.exchange("AT+QENG=\"servingcell\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QENG=\"neighbourcell\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QENG"));
    }

    @Test
    void pdpContextsConfigureActivateAndDeactivate() {
        assertEquals(List.of("+QICSGP: 3,\"\",\"\",\"\",0", "OK"), line.exchange("AT+QICSGP=1"));
        assertEquals(List.of("OK"), line.exchange("AT+QICSGP=2,1,\"cmnet\",\"u\",\"p\",2"));
        assertEquals(List.of("+QICSGP: 1,\"cmnet\",\"u\",\"p\",2", "OK"), line.exchange("AT+QICSGP=2"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QICSGP=2,4,\"x\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QICSGP=17,1,\"x\""));
        // only the default bearer is up: a registered BG96 and EC25 list no context before AT+QIACT (Azure's
        // embedded-wireless-framework issue 20; forums.quectel.com/t/qmtopen-0-1-error/3562)
        assertEquals(List.of("OK"), line.exchange("AT+QIACT?"));
        assertEquals(List.of("OK"), line.exchange("AT+QIACT=2"));
        assertEquals(List.of("+QIACT: 2,1,1,\"10.113.242.215\"", "OK"), line.exchange("AT+QIACT?"));
        assertEquals(List.of("+CGPADDR: 1," + ADDRESSES, "+CGPADDR: 2,\"10.113.242.215\"", "OK"),
                line.exchange("AT+CGPADDR"));
        assertEquals(List.of("OK"), line.exchange("AT+QIDEACT=1"));
        assertEquals(List.of("+CGPADDR: 2,\"10.113.242.215\"", "OK"), line.exchange("AT+CGPADDR"));
        assertEquals(List.of("OK"), line.exchange("AT+CGPADDR=1"));
    }

    @Test
    void cfunResetRebootsAfterOk() {
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1,1"));
        line.expect("POWERED DOWN", "RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE");
        line.send("AT").expect("AT", "OK");
    }
}
