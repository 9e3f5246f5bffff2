package io.atflow.sim.ssl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleLine;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/** AT+QSSLCFG's read and write forms and its defaults (SSL Application Note). */
class QsslcfgCommandTest {
    SimulatedModule module;
    ModuleLine line;

    @BeforeEach
    void start() {
        module = SimulatedModule.start(SimConfig.defaults());
        line = ModuleLine.open(module);
        line.send("ATE0").expect("ATE0", "OK");
    }

    @AfterEach
    void close() {
        line.close();
        module.close();
    }

    void reads(String type, int ctx, String value) {
        assertEquals(List.of("+QSSLCFG: \"" + type + "\"," + ctx + "," + value, "OK"),
                line.exchange("AT+QSSLCFG=\"" + type + "\"," + ctx));
    }

    @Test
    void defaults() {
        reads("sslversion", 1, "4");
        reads("ciphersuite", 1, "0XFFFF");
        reads("seclevel", 1, "0");
        reads("cacert", 1, "\"\"");
        reads("ignorelocaltime", 1, "1");
        reads("negotiatetime", 1, "300");
        reads("sni", 1, "0");
    }

    @Test
    void writesReadBackPerContext() {
        for (String write : List.of("\"sslversion\",2,3", "\"ciphersuite\",2,0xc02b", "\"seclevel\",2,1",
                "\"cacert\",2,\"UFS:cacert.pem\"", "\"clientcert\",2,\"client.pem\"", "\"clientkey\",2,\"key.pem\"",
                "\"ignorelocaltime\",2,0", "\"negotiatetime\",2,60", "\"sni\",2,1")) {
            assertEquals(List.of("OK"), line.exchange("AT+QSSLCFG=" + write), write);
        }
        reads("sslversion", 2, "3");
        reads("ciphersuite", 2, "0XC02B");
        reads("seclevel", 2, "1");
        reads("cacert", 2, "\"UFS:cacert.pem\"");
        reads("clientcert", 2, "\"client.pem\"");
        reads("clientkey", 2, "\"key.pem\"");
        reads("ignorelocaltime", 2, "0");
        reads("negotiatetime", 2, "60");
        reads("sni", 2, "1");
        reads("seclevel", 1, "0");
    }

    @Test
    void badValuesAreErrors() {
        for (String bad : List.of("\"seclevel\",1,3", "\"seclevel\",6,1", "\"sslversion\",1,5",
                "\"ciphersuite\",1,0x1234",
                "\"negotiatetime\",1,5", "\"sni\",1,2", "\"unknown\",1,1")) {
            assertEquals(List.of("ERROR"), line.exchange("AT+QSSLCFG=" + bad), bad);
        }
        assertEquals(10, line.exchange("AT+QSSLCFG=?").size());
    }
}
