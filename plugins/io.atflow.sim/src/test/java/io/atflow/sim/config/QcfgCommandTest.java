package io.atflow.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleLine;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.ModuleTestBase;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/**
 * AT+QCFG on an EC2x: {@code AT+QCFG="<setting>"} answers {@code +QCFG: "<setting>",<values>}, with values it sets
 * them. Expected values: the read formats and defaults of the EC25&EC21 AT Commands Manual §4.3.13 ("urc/ri/ring":
 * "pulse", 120 ms, 1000 ms, 5000 ms, "off") and the ranges an EG25-G prints for AT+QCFG=? ("urc/delay",(0,1),
 * "apready",(0,1),(0,1),(100-3000), "nwscanmode",(0-8),(0,1)); its AT+QCFG="band" read 0xbff,0x1e00b0e18df,0x0.
 */
class QcfgCommandTest extends ModuleTestBase {

    @Test
    void readAndWrite() {
        assertEquals(List.of("+QCFG: \"urc/delay\",0", "OK"), line.exchange("AT+QCFG=\"urc/delay\""));
        assertEquals(List.of("OK"), line.exchange("AT+QCFG=\"urc/delay\",1"));
        assertEquals(List.of("+QCFG: \"urc/delay\",1", "OK"), line.exchange("AT+QCFG=\"urc/delay\""));
        assertEquals(List.of("+QCFG: \"urc/ri/ring\",\"pulse\",120,1000,5000,\"off\",1", "OK"),
                line.exchange("AT+QCFG=\"urc/ri/ring\""));
        assertEquals(List.of("OK"), line.exchange("AT+QCFG=\"urc/ri/ring\",\"wave\",120,800,900,\"on\""));
        assertEquals(List.of("+QCFG: \"urc/ri/ring\",\"wave\",120,800,900,\"on\",1", "OK"),
                line.exchange("AT+QCFG=\"urc/ri/ring\""));
        assertEquals(List.of("OK"), line.exchange("AT+QCFG=\"nwscanmode\",3,1"));
        assertEquals(List.of("+QCFG: \"nwscanmode\",3", "OK"), line.exchange("AT+QCFG=\"nwscanmode\""));
        assertEquals(List.of("OK"), line.exchange("AT+QCFG=\"apready\",1,0,500"));
        assertEquals(List.of("+QCFG: \"apready\",1,0,500", "OK"), line.exchange("AT+QCFG=\"apready\""));
    }

    @Test
    void bandMasksInHex() {
        assertEquals(List.of("+QCFG: \"band\",0xbff,0x1e00b0e18df,0x0", "OK"), line.exchange("AT+QCFG=\"band\""));
        assertEquals(List.of("OK"), line.exchange("AT+QCFG=\"band\",0x3,80000,0,1"));
        assertEquals(List.of("+QCFG: \"band\",0x3,0x80000,0x0", "OK"), line.exchange("AT+QCFG=\"band\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"band\",0x3,band20,0"));
    }

    @Test
    void wrongValuesAndUnknownSettings() {
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"urc/delay\",2"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"urc/ri/ring\",\"blink\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"apready\",1,0,50"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"nwscanmode\",9"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"nwscanmode\",3,2"));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"iotopmode\""));
        assertEquals(List.of("ERROR"), line.exchange("AT+QCFG=\"no/such\""));
        assertEquals(List.of("+QCFG: \"urc/delay\",0", "OK"), line.exchange("AT+QCFG=\"urc/delay\""));
    }

    @Test
    void settingsSurviveARestart() {
        assertEquals(List.of("OK"), line.exchange("AT+QCFG=\"urc/delay\",1"));
        assertEquals(List.of("OK"), line.exchange("AT+CFUN=1,1"));
        line.expect("POWERED DOWN", "RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE",
                "+QIND: PB DONE");
        line.send("ATE0").expect("ATE0", "OK");
        assertEquals(List.of("+QCFG: \"urc/delay\",1", "OK"), line.exchange("AT+QCFG=\"urc/delay\""));
    }

    @Test
    void testFormListsTheRanges() {
        List<String> lines = line.exchange("AT+QCFG=?");
        assertTrue(lines.contains("+QCFG: \"urc/delay\",(0,1)"), lines::toString);
        assertTrue(lines.contains("+QCFG: \"apready\",(0,1),(0,1),(100-3000)"), lines::toString);
        assertTrue(lines.contains("+QCFG: \"nwscanmode\",(0-8),(0,1)"), lines::toString);
        assertEquals("OK", lines.get(lines.size() - 1));
    }

    /** A BG95-M3 (AT+QCFG=? of BG95M3LAR02A03: "iotopmode",(0-2),(0,1), "nwscanmode",(0,1,3),(0,1)). */
    @Test
    void lpwaSettings() {
        try (SimulatedModule bg95 = SimulatedModule.start(SimConfig.defaults().withProfile(ModuleProfile.BG95));
                ModuleLine l = ModuleLine.open(bg95)) {
            l.send("ATE0").expect("ATE0", "OK");
            assertEquals(List.of("+QCFG: \"iotopmode\",2", "OK"), l.exchange("AT+QCFG=\"iotopmode\""));
            assertEquals(List.of("OK"), l.exchange("AT+QCFG=\"iotopmode\",0,1"));
            assertEquals(List.of("+QCFG: \"iotopmode\",0", "OK"), l.exchange("AT+QCFG=\"iotopmode\""));
            assertEquals(List.of("ERROR"), l.exchange("AT+QCFG=\"nwscanmode\",2"));
            assertEquals(List.of("+QCFG: \"nwscanseq\",020301", "OK"), l.exchange("AT+QCFG=\"nwscanseq\""));
            assertEquals(List.of("OK"), l.exchange("AT+QCFG=\"nwscanseq\",0301,1"));
            assertEquals(List.of("+QCFG: \"nwscanseq\",0301", "OK"), l.exchange("AT+QCFG=\"nwscanseq\""));
            // a BG95-M3 at its defaults (github.com/lukejenkins/cwd, reference/quectel/bg95m3/outputs): the NB-IoT
            // mask is narrower than the range AT+QCFG=? allows
            assertEquals(List.of("+QCFG: \"band\",0xf,0x100002000000000f0e189f,0x100042000000000000081a", "OK"),
                    l.exchange("AT+QCFG=\"band\""));
            assertTrue(l.exchange("AT+QCFG=?").contains("+QCFG: \"iotopmode\",(0-2),(0,1)"));
        }
    }
}
