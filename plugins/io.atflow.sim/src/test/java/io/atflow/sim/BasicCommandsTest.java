package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** V.250 basics: echo, framing, identification, error reporting. */
class BasicCommandsTest {
    SimulatedModule module = SimulatedModule.start(SimConfig.defaults());

    @AfterEach
    void close() {
        module.close();
    }

    @Test
    void echoIsOnAfterPowerUpAndTheBytesAreFramedLikeAModule() throws Exception {
        try (ModuleConnection c = module.open()) {
            c.toModule().write("AT\r".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals("AT\r\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII), read(c.fromModule(), 9));
            c.toModule().write("ATE0\r".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals("ATE0\r\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII), read(c.fromModule(), 11));
            c.toModule().write("AT\r\n".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals("\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII), read(c.fromModule(), 6));
        }
    }

    static byte[] read(InputStream in, int n) throws Exception {
        byte[] b = in.readNBytes(n);
        assertEquals(n, b.length);
        return b;
    }

    @Test
    void identificationAndImei() {
        try (ModuleLine line = ModuleLine.open(module)) {
            line.send("ATI").expect("ATI", "Quectel", "EC25", "Revision: EC25EFAR06A11M4G", "OK");
            line.send("AT+CGSN").expect("AT+CGSN", "864430010001091", "OK");
            line.send("AT+GSN").expect("AT+GSN", "864430010001091", "OK");
        }
    }

    @Test
    void bg95ProfileIdentifiesAsBg95AndBootsWithAppRdy() {
        module.close();
        module = SimulatedModule.start(SimConfig.defaults().withProfile(ModuleProfile.BG95).withImei("865341040062814"));
        try (ModuleLine line = ModuleLine.open(module)) {
            line.send("ATE0").expect("ATE0", "OK");
            assertEquals(List.of("Quectel", "BG95-M3", "Revision: BG95M3LAR02A03", "OK"), line.exchange("ATI"));
            assertEquals(List.of("865341040062814", "OK"), line.exchange("AT+CGSN"));
            module.faults().reboot();
            line.expect("RDY", "APP RDY", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE");
            line.send("ATE0").expect("ATE0", "OK");
            assertEquals(List.of("+QENG: \"servingcell\",\"NOCONN\",\"eMTC\",\"FDD\",460,00,5C4EF01,121,3600,8,5,5,"
                    + "550B,-98,-8,-70,21,42", "OK"), line.exchange("AT+QENG=\"servingcell\""));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "AT+FOO => ERROR",
        "AT+QMTFOO=1 => ERROR",
        "ATE2 => ERROR",
        "AT+CMEE=7 => +CME ERROR: 50",
        "AT+QMTCFG=\"version\",9,4 => ERROR",
        "AT+QMTCFG=\"unknown\",0 => ERROR",
        "AT+QMTOPEN=0,\"host\" => ERROR",
        "AT+QMTPUB=0,1,0,0,\"t\" => ERROR",
        "AT+QMTCONN=0,\"id\" => ERROR",
        "AT+QHTTPURL=0 => +CME ERROR: 730",
        "AT+QHTTPREAD=80 => +CME ERROR: 705",
        "AT+QHTTPPOST=10,80,80 => +CME ERROR: 712",
        "AT+CFUN=2 => +CME ERROR: 4",
        "AT\"x => ERROR" })
    void wrongSyntaxAndStateGiveTheModulesResultCodes(String command, String result) {
        try (ModuleLine line = ModuleLine.open(module)) {
            line.send("ATE0").expect("ATE0", "OK");
            assertEquals(List.of(result), line.exchange(command));
        }
    }

    @Test
    void cmeeSelectsHowErrorsLook() {
        try (ModuleLine line = ModuleLine.open(module)) {
            line.send("ATE0").expect("ATE0", "OK");
            assertEquals(List.of("+CMEE: 1", "OK"), line.exchange("AT+CMEE?"));
            line.exchange("AT+CMEE=2");
            assertEquals(List.of("+CME ERROR: HTTP(S) no GET/POST requests"), line.exchange("AT+QHTTPREAD"));
            line.exchange("AT+CMEE=0");
            assertEquals(List.of("ERROR"), line.exchange("AT+QHTTPREAD"));
        }
    }

    @Test
    void linesWithoutAtAreIgnoredAndBackspaceEdits() {
        try (ModuleLine line = ModuleLine.open(module)) {
            line.send("ATE0").expect("ATE0", "OK");
            line.send("hello");
            line.write("ATX\bI\r");
            line.expect("Quectel", "EC25", "Revision: EC25EFAR06A11M4G", "OK");
            line.expectSilence(Duration.ofMillis(100));
        }
    }

    @Test
    void rebootResetsEchoAndPrintsTheBootUrcs() {
        try (ModuleLine line = ModuleLine.open(module)) {
            line.send("ATE0").expect("ATE0", "OK");
            module.faults().reboot();
            line.expect("RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE");
            line.send("AT").expect("AT", "OK");
        }
    }

    /**
     * ITU-T V.250 §5.2.1: basic commands chain on one line; TinyGSM sends AT&FZE0 to a BG96 (its issue 157). The chain
     * stops at a letter that is no command (Y; X is ATX of the EC2x and BG95 manuals).
     */
    @Test
    void basicCommandsChainOnOneLine() {
        try (ModuleLine line = ModuleLine.open(module)) {
            line.send("AT&FZE0").expect("AT&FZE0", "OK");
            assertEquals(List.of("OK"), line.exchange("ATE0V1"));
            assertEquals(List.of("ERROR"), line.exchange("ATE0Y"));
            assertEquals(List.of("ERROR"), line.exchange("ATE7V1"));
            line.send("ATE1").expect("OK");
            line.send("AT").expect("AT", "OK");
        }
    }
}
