package io.atflow.cli.run;

import static io.atflow.cli.run.RunCommandTest.atflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.run.RunCommandTest.Result;

/**
 * {@code atflow run} of TLS with server authentication against the simulator: the example uploads the emulator's CA
 * ({@code secret("platform-ca")}) and logs in with securemode=2; the same set-up without setting the clock fails
 * the handshake with {@code +QMTOPEN: 0,-1}.
 */
class TlsRunTest {
    static final String EXAMPLE = "../../examples/8-tls-server-authentication.atflow";
    @TempDir
    Path dir;

    @Test
    void theExampleUploadsTheCaAndConnectsOverVerifiedTls() {
        Result r = atflow(EXAMPLE);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().matches("(?s).*  < \\+QFUPL: (\\d+),[0-9a-f]{1,4}\n.*"), r::out);
        assertTrue(r.out().contains("  * +QMTOPEN: 0,0  (network opened successfully)\n"), r::out);
        assertTrue(r.out().contains("  * +QMTCONN: 0,0,0"), r::out);
    }

    @Test
    void withoutTheClockTheHandshakeFails() throws IOException {
        Path s = Files.writeString(dir.resolve("tls.atflow"), """
                payload ca = secret("platform-ca")
                step "tls" {
                  send AT+QFUPL="ca.pem",${len(ca)},10 connect ca
                  send AT+QSSLCFG="cacert",1,"ca.pem"
                  send AT+QSSLCFG="seclevel",1,1
                  send AT+QSSLCFG="ignorelocaltime",1,0
                  send AT+QMTCFG="ssl",0,1,1
                  send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883
                  await +QMTOPEN: 0,0 within 20s
                }
                """);
        Result r = atflow(s.toString());
        assertEquals(1, r.code(), r::toString);
        List<String> lines = r.lines();
        assertEquals("FAILED " + s + ":9: expected +QMTOPEN: 0,0 within 20s, got +QMTOPEN: 0,-1 (failed to open the"
                + " network)", lines.get(lines.size() - 1));
    }
}
